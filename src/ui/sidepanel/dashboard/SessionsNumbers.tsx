// PostHog's three session numbers in one tile: unique sessions, unique customers and average session length,
// each against the previous period when a comparison dashboard is at hand.
import type { SessionsTile } from '../../../core/metrics/sessions';
import { formatCount, formatDuration } from '../../shared/format';
import { ChangeBadge } from './ChangeBadge';
import { percentChange } from './percent-change';

function Stat({ label, value, text, previous, testId }: { label: string; value: number | null; text: string; previous: number | null | undefined; testId?: string }) {
  const change = value !== null && previous !== null && previous !== undefined ? percentChange(value, previous) : null;
  return (
    <div class="stat">
      <span class="muted stat-label">{label}</span>
      <span class="big" data-testid={testId}>{text}</span>
      {change && <ChangeBadge change={change} />}
    </div>
  );
}

export function SessionsNumbers({ tile, previous, customers }: { tile: SessionsTile; previous: SessionsTile | null; customers: string }) {
  const avg = tile.avg_session_seconds;
  return (
    <div class="stats">
      <Stat label="Unique sessions" value={tile.unique_sessions} text={formatCount(tile.unique_sessions)} previous={previous?.unique_sessions} testId="value" />
      <Stat label={`Unique ${customers}`} value={tile.unique_users} text={formatCount(tile.unique_users)} previous={previous?.unique_users} />
      <Stat label="Average session duration" value={avg} text={avg === null ? '–' : formatDuration(avg)} previous={previous?.avg_session_seconds} />
      <p class="muted tile-description">Events without session IDs are excluded.</p>
    </div>
  );
}
