// Protects filling on a Vue-style page: v-model listens for input on text, date and textarea (change on select, checkbox and radio) and reads the element's own value, so every model ends up with what the fill set.
import { expect, it } from 'vitest';
import { fillFields } from '@/utils/fill/fill';

/** A minimal v-model: the listeners Vue 3's vModelText / vModelSelect / vModelCheckbox / vModelRadio add, writing into `model`. */
function bindLikeVue(root: ParentNode, model: Record<string, string | boolean>): void {
  for (const el of Array.from(root.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('[data-model]'))) {
    const name = el.dataset.model!;
    const type = el.tagName === 'INPUT' ? (el as HTMLInputElement).type : el.tagName.toLowerCase();
    if (type === 'checkbox') el.addEventListener('change', () => (model[name] = (el as HTMLInputElement).checked));
    else if (type === 'radio') el.addEventListener('change', () => (model[name] = el.value));
    else if (type === 'select') el.addEventListener('change', () => (model[name] = el.value));
    else el.addEventListener('input', (e) => !(e.target as { composing?: boolean }).composing && (model[name] = el.value));
  }
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-model-html]'))) {
    el.addEventListener('input', () => (model[el.dataset.modelHtml!] = el.textContent ?? ''));
  }
}

it('fills every kind of control a Vue page binds with v-model, and the models follow', async () => {
  document.body.innerHTML = `
    <input id="name" data-model="name">
    <input id="due" type="date" data-model="due">
    <textarea id="memo" data-model="memo"></textarea>
    <select id="pref" data-model="pref"><option value="">選択</option><option value="13">東京都</option></select>
    <input id="agree" type="checkbox" data-model="agree">
    <label><input type="radio" name="sex" value="m" data-model="sex">男</label><label><input type="radio" name="sex" value="f" data-model="sex">女</label>
    <div id="rich" contenteditable="true" data-model-html="rich"></div>`;
  const model: Record<string, string | boolean> = {};
  bindLikeVue(document, model);
  const results = await fillFields(document, [
    { key: '#name', value: '山田 太郎' },
    { key: '#due', value: '2026年4月1日' },
    { key: '#memo', value: '午前中\n指定' },
    { key: '#pref', value: '13' },
    { key: '#agree', value: 'true' },
    { key: 'input[name="sex"]', value: 'f' },
    { key: '#rich', value: '太字なし' },
  ]);
  expect(results.map((r) => r.status)).toEqual(['filled', 'filled', 'filled', 'filled', 'filled', 'filled', 'filled']);
  expect(model).toEqual({ name: '山田 太郎', due: '2026-04-01', memo: '午前中\n指定', pref: '13', agree: true, sex: 'f', rich: '太字なし' });
});
