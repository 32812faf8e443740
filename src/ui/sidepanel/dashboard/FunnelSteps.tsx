// PostHog's two-step funnel (steps view): both steps' counts as bars, the conversion rate, the average time to
// convert, and the previous period's rate for comparison.
import type { FunnelTile } from '../../../core/metrics/ordered-funnel';
import { formatCount, formatDuration } from '../../shared/format';
import { ChangeBadge } from './ChangeBadge';
import { formatRate } from './format-rate';
import { rateChange } from './percent-change';

export function FunnelSteps({ tile, steps }: { tile: FunnelTile; steps: [string, string] }) {
  const change = rateChange(tile.rate, tile.previous.rate);
  const width = `${Math.round((tile.rate ?? 0) * 1000) / 10}%`;
  return (
    <div class="funnel">
      <div class="bold-number">
        <span class="big" data-testid="value">{formatRate(tile.rate)}</span>
        <div class="row wrap tight-row">
          {change && <ChangeBadge change={change} />}
          <span class="muted">previous period {formatRate(tile.previous.rate)}</span>
        </div>
      </div>
      <ol class="funnel-steps">
        <li>
          <div class="row spread"><span>1. {steps[0]}</span><strong data-testid="step-1">{formatCount(tile.entered)}</strong></div>
          <div class="funnel-bar" aria-hidden="true"><span style={{ width: tile.entered > 0 ? '100%' : '0%' }} /></div>
        </li>
        <li>
          <div class="row spread"><span>2. {steps[1]}</span><strong data-testid="step-2">{formatCount(tile.converted)}</strong></div>
          <div class="funnel-bar" aria-hidden="true"><span style={{ width }} /></div>
        </li>
      </ol>
      <p class="muted" data-testid="avg-conversion">
        Average time to convert: {tile.avg_conversion_seconds === null ? '–' : formatDuration(tile.avg_conversion_seconds)}
      </p>
    </div>
  );
}
