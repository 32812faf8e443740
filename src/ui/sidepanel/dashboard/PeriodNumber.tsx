// PostHog's BoldNumber with comparison: this period's count, large, and its change from the previous period.
import type { PeriodValue } from '../../../core/metrics/actor-counts';
import { formatCount } from '../../shared/format';
import { ChangeBadge } from './ChangeBadge';
import { percentChange } from './percent-change';

export function PeriodNumber({ tile }: { tile: PeriodValue }) {
  return (
    <div class="bold-number">
      <span class="big" data-testid="value">{formatCount(tile.value)}</span>
      <div class="row wrap tight-row">
        <ChangeBadge change={percentChange(tile.value, tile.previous)} />
        <span class="muted">previous period {formatCount(tile.previous)}</span>
      </div>
    </div>
  );
}
