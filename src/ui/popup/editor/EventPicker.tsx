// "Add event": a search box over the local catalogue (name, 30-day volume, last seen), "Any event" and the
// project's PostHog actions. Type to filter; arrows and Enter choose, or Tab to an option and Enter.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Matcher } from '../../../core/config/role-config';
import type { CatalogModel } from './catalog-model';
import { eventOptions, lastSeenWords } from './event-options';

export function EventPicker({ catalog, roleTitle, idPrefix, onPick, onClose }: {
  catalog: CatalogModel;
  roleTitle: string;
  idPrefix: string;
  onPick: (matcher: Matcher) => void;
  onClose: () => void;
}) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    void catalog.load();
    input.current?.focus();
  }, []);
  const data = catalog.catalog.value;
  const options = data ? eventOptions(query, data.events, data.actions) : [];
  const activeIndex = Math.min(active, Math.max(0, options.length - 1));
  const now = Date.now();
  const optionId = (k: number) => `${idPrefix}-option-${k}`;

  function onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + options.length) % Math.max(1, options.length));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const chosen = options[activeIndex];
      if (chosen) onPick(chosen.matcher);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  }

  return (
    <div class="picker" data-testid="event-picker" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div class="row">
        <input
          ref={input}
          type="search"
          aria-label={`Search events for ${roleTitle}`}
          aria-controls={`${idPrefix}-listbox`}
          aria-activedescendant={options.length > 0 ? optionId(activeIndex) : undefined}
          placeholder="Search events and actions"
          value={query}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="button" onClick={onClose}>Cancel</button>
      </div>
      {!data && !catalog.error.value && <p class="muted">Loading the local events…</p>}
      {catalog.error.value && <p class="error" role="alert">{catalog.error.value}</p>}
      {data && (
        <div class="options" role="listbox" id={`${idPrefix}-listbox`} aria-label={`Events and actions for ${roleTitle}`}>
          {options.length === 0 && <p class="muted">No stored event or action matches “{query}”.</p>}
          {options.map((option, k) => (
            <button
              type="button"
              role="option"
              id={optionId(k)}
              key={option.id}
              aria-selected={k === activeIndex}
              class={k === activeIndex ? 'option active' : 'option'}
              onClick={() => onPick(option.matcher)}
              onMouseEnter={() => setActive(k)}
            >
              <span class="option-name">{option.kind === 'action' ? `Action: ${option.label}` : option.label}</span>
              <span class="muted">
                {option.stat
                  ? `${option.stat.volume.toLocaleString('en-US')} in 30 days · last seen ${lastSeenWords(option.stat.lastSeenMs, now)}`
                  : option.kind === 'any' ? 'every event' : 'PostHog action'}
              </span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
