// A role's matchers (OR), each in words with a Remove button, its filters each removable, and "Add filter".
import { useState } from 'preact/hooks';
import { describeFilter, describeMatcher } from '../../../core/config/describe-role';
import type { Matcher, PropertyFilter } from '../../../core/config/role-config';
import type { CatalogModel } from './catalog-model';
import { FilterEditor } from './FilterEditor';

export function MatcherList({ matchers, roleTitle, idPrefix, catalog, onChange, emptyText }: {
  matchers: Matcher[];
  roleTitle: string;
  idPrefix: string;
  catalog: CatalogModel;
  onChange: (next: Matcher[]) => void;
  emptyText: string;
}) {
  const [filtering, setFiltering] = useState<number | null>(null);
  if (matchers.length === 0) return <p class="muted" data-testid="matchers">{emptyText}</p>;

  const replace = (index: number, next: Matcher) => onChange(matchers.map((m, k) => (k === index ? next : m)));
  const withFilters = (matcher: Matcher, properties: PropertyFilter[]): Matcher => ({ ...matcher, properties });

  return (
    <ul class="matchers" data-testid="matchers" aria-label={`Events that count as ${roleTitle}`}>
      {matchers.map((matcher, index) => {
        const words = describeMatcher(matcher);
        return (
          <li key={index} class="matcher">
            {index > 0 && <span class="muted or">or </span>}
            <span data-testid="matcher">{words}</span>
            <span class="matcher-actions">
              <button type="button" class="small" aria-label={`Add filter to ${words}`} aria-expanded={filtering === index} onClick={() => setFiltering(filtering === index ? null : index)}>
                Add filter
              </button>
              <button type="button" class="small" aria-label={`Remove ${words} from ${roleTitle}`} onClick={() => onChange(matchers.filter((_, k) => k !== index))}>
                Remove
              </button>
            </span>
            {matcher.properties.length > 0 && (
              <div class="filters">
                {matcher.properties.map((filter, f) => (
                  <button
                    type="button"
                    class="chip"
                    aria-label={`Remove filter ${describeFilter(filter)} from ${words}`}
                    onClick={() => replace(index, withFilters(matcher, matcher.properties.filter((_, k) => k !== f)))}
                  >
                    <span aria-hidden="true">× </span>{describeFilter(filter)}
                  </button>
                ))}
              </div>
            )}
            {filtering === index && (
              <FilterEditor
                catalog={catalog}
                event={matcher.kind === 'EventsNode' ? matcher.event : null}
                subject={words}
                idPrefix={`${idPrefix}-m${index}`}
                onAdd={(filter) => {
                  replace(index, withFilters(matcher, [...matcher.properties, filter]));
                  setFiltering(null);
                }}
                onClose={() => setFiltering(null)}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
