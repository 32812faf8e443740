// Properties as a key/value list. Keys and values are data from the source: rendered as text nodes only.
import type { Properties } from '../../../core/profile/event-properties';
import { valueText } from './profile-format';

export function KeyValueList({ properties, empty = 'No properties.' }: { properties: Properties; empty?: string }) {
  const entries = Object.entries(properties);
  if (entries.length === 0) return <p class="muted">{empty}</p>;
  return (
    <dl class="kv">
      {entries.map(([key, value]) => (
        <div class="kv-row" key={key}>
          <dt>{key}</dt>
          <dd>{valueText(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
