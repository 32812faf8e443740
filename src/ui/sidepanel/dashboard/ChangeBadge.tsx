// The % change against the previous period, with arrow and sign, coloured by direction.
import type { PercentChange } from './percent-change';

export function ChangeBadge({ change }: { change: PercentChange }) {
  return (
    <span class={`change ${change.direction}`} data-testid="change" title={change.words}>
      <span aria-hidden="true">{change.text}</span>
      <span class="visually-hidden">{change.words}</span>
    </span>
  );
}
