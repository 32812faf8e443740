// The line under the title: when the data was synced, offline or not, and a hint once it is stale.
import { useEffect, useState } from 'preact/hooks';
import type { SyncView } from '../../platform/protocol';
import { describeFreshness } from './freshness';

export function FreshnessLine({ view, lastEventDay }: { view: SyncView | null; lastEventDay: string | null }) {
  const [online, setOnline] = useState(navigator.onLine);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    addEventListener('online', update);
    addEventListener('offline', update);
    // "3 min ago" should not freeze while the panel stays open.
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => {
      removeEventListener('online', update);
      removeEventListener('offline', update);
      clearInterval(timer);
    };
  }, []);
  const { line, stale } = describeFreshness(view, lastEventDay, now, online);
  return (
    <>
      <p class="muted" data-testid="freshness">{line}</p>
      {stale && <p class="warning" role="note" data-testid="stale-hint">{stale}</p>}
    </>
  );
}
