// A pause in a running sync (a rate limit, a server error being retried), with the seconds until it goes on,
// counted down each second: a sync waiting out PostHog's hourly query limit must not look stuck.
import { useEffect, useState } from 'preact/hooks';
import { formatDuration } from '../shared/format';

export function WaitNotice({ reason, untilMs }: { reason: string; untilMs: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [untilMs]);
  const seconds = Math.max(0, Math.ceil((untilMs - now) / 1000));
  return (
    <p class="muted" role="status" data-testid="sync-waiting">
      Waiting: {reason} {seconds > 0 ? `Trying again in ${formatDuration(seconds)}; ` : 'Trying again now; '}
      the sync goes on by itself.
    </p>
  );
}
