// Protects the dashboard's CSV of counts: one row per form and field, headers in the clerk's language, a field shown by its key when it had no label.
import { describe, expect, it } from 'vitest';
import { countsCsv, type CountHeaders } from '@/utils/log/export';
import type { FormCount } from '@/utils/log/stats';

const JA: CountHeaders = { form: 'フォーム', field: '項目', concept: '種類', autofilled: '自動入力', editedBeforeFill: '修正して入力', skipped: 'スキップ', total: '合計', chars: '文字数' };

const FORMS: FormCount[] = [
  {
    formSignature: 'order-v1',
    formTitle: '受注入力, 販売管理',
    jobs: 3,
    fields: [
      { formSignature: 'order-v1', formTitle: '受注入力, 販売管理', fieldKey: '#order_no', fieldLabel: '受注番号', concept: 'x-order-number', position: 0, counts: { autofilled: 2, editedBeforeFill: 1, skipped: 0 }, chars: 42, total: 3 },
      { formSignature: 'order-v1', formTitle: '受注入力, 販売管理', fieldKey: 'html > body > form > input:nth-of-type(4)', fieldLabel: '', position: 3, counts: { autofilled: 0, editedBeforeFill: 0, skipped: 2 }, chars: 0, total: 2 },
    ],
  },
  {
    formSignature: 'expense-v1',
    formTitle: '経費精算',
    jobs: 1,
    fields: [
      { formSignature: 'expense-v1', formTitle: '経費精算', fieldKey: '#amount', fieldLabel: '=金額', concept: 'x-amount', position: 1, counts: { autofilled: 1, editedBeforeFill: 0, skipped: 0 }, chars: 5, total: 1 },
    ],
  },
];

describe('countsCsv', () => {
  it('writes one row per form and field with the counts in header order', () => {
    const csv = countsCsv(FORMS, JA);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'フォーム,項目,種類,自動入力,修正して入力,スキップ,合計,文字数',
      '"受注入力, 販売管理",受注番号,x-order-number,2,1,0,3,42',
      '"受注入力, 販売管理",html > body > form > input:nth-of-type(4),,0,0,2,2,0',
      `経費精算,"'=金額",x-amount,1,0,0,1,5`,
      '',
    ]);
  });

  it('uses the headers it is given (English dashboard)', () => {
    const en: CountHeaders = { form: 'Form', field: 'Field', concept: 'Concept', autofilled: 'Autofilled', editedBeforeFill: 'Edited', skipped: 'Skipped', total: 'Total', chars: 'Characters' };
    expect(countsCsv([], en)).toBe('\uFEFFForm,Field,Concept,Autofilled,Edited,Skipped,Total,Characters\r\n');
  });
});
