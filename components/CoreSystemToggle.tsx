// Lets the clerk register the tab's site as a core system, where hand re-entry of source values is counted even with the panel closed.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { problemText } from '@/utils/log/problem';
import { addCoreSystem, hasCoreSystem, normalizeOrigin, removeCoreSystem } from '@/utils/passive/core-systems';
import { coreSystems } from '@/utils/storage-items';

export function CoreSystemToggle({ url }: { url: string }) {
  const origin = normalizeOrigin(url);
  const [list, setList] = useState<string[]>();
  const [denied, setDenied] = useState(false);
  // A refused prompt or a full storage would otherwise only show as the box snapping back.
  const [failed, setFailed] = useState<string>();
  // The box shows the click at once; the browser's permission prompt and the storage write come after.
  const [pending, setPending] = useState<boolean>();
  useEffect(() => {
    void coreSystems.getValue().then(setList);
    return coreSystems.watch((next) => setList(next ?? []));
  }, []);
  useEffect(() => {
    setDenied(false);
    setFailed(undefined);
  }, [origin]);
  if (!origin || !list) return null;

  const toggle = async (on: boolean) => {
    setDenied(false);
    setFailed(undefined);
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
    } catch (error) {
      setFailed(problemText(error));
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
      {failed !== undefined && <p className="notice-line error" role="alert" data-testid="core-system-failed">{t('coreSystemFailed', failed)}</p>}
    </div>
  );
}
