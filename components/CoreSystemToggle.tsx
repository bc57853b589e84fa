// Lets the clerk register the tab's site as a core system, where hand re-entry of source values is counted even with the panel closed.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { addCoreSystem, hasCoreSystem, normalizeOrigin, removeCoreSystem } from '@/utils/passive/core-systems';
import { coreSystems } from '@/utils/storage-items';

export function CoreSystemToggle({ url }: { url: string }) {
  const origin = normalizeOrigin(url);
  const [list, setList] = useState<string[]>();
  const [denied, setDenied] = useState(false);
  // The box shows the click at once; the browser's permission prompt and the storage write come after.
  const [pending, setPending] = useState<boolean>();
  useEffect(() => {
    void coreSystems.getValue().then(setList);
    return coreSystems.watch((next) => setList(next ?? []));
  }, []);
  useEffect(() => setDenied(false), [origin]);
  if (!origin || !list) return null;

  const toggle = async (on: boolean) => {
    setDenied(false);
    setPending(on);
    try {
      // The request must come straight from the click: the browser asks only on a user gesture.
      if (on && !(await browser.permissions.request({ origins: [`${origin}/*`] }))) {
        setDenied(true);
        return;
      }
      const current = await coreSystems.getValue();
      const next = on ? addCoreSystem(current, origin) : removeCoreSystem(current, origin);
      await coreSystems.setValue(next);
      setList(next);
    } finally {
      setPending(undefined);
    }
  };

  return (
    <div className="core-system" data-testid="core-system">
      <label title={t('coreSystemHint')}>
        <input type="checkbox" checked={pending ?? hasCoreSystem(list, origin)} onChange={(e) => void toggle(e.target.checked)} data-testid="core-system-toggle" />
        {t('coreSystemToggle')}
      </label>
      {denied && <p className="empty" data-testid="core-system-denied">{t('coreSystemDenied')}</p>}
    </div>
  );
}
