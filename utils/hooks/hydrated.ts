// Waits for the persisted review state to load, so a reopened panel does not start from empty and overwrite it.
import { useEffect, useState } from 'react';
import { useReview } from '../stores/review';

export function useHydrated(): boolean {
  const [done, setDone] = useState(useReview.persist.hasHydrated());
  useEffect(() => {
    if (done) return;
    const off = useReview.persist.onFinishHydration(() => setDone(true));
    if (useReview.persist.hasHydrated()) setDone(true);
    return off;
  }, [done]);
  return done;
}
