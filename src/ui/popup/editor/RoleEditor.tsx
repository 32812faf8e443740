// One role in the popup: what it means, its (draft) matchers with their editor, the live preview, suggestions
// from the local data and warnings. Opened with `?role=<name>`, it scrolls into view and takes the focus.
import { useEffect, useRef, useState } from 'preact/hooks';
import { describeMatcher, ROLE_LABELS } from '../../../core/config/describe-role';
import type { Matcher } from '../../../core/config/role-config';
import type { RoleName } from '../../../core/engine/prepared-data';
import type { RolesModel } from '../roles-model';
import type { CatalogModel } from './catalog-model';
import { EventPicker } from './EventPicker';
import { MatcherList } from './MatcherList';
import type { RolePreviews } from './role-previews-model';
import { RolePreviewView } from './RolePreviewView';

export function RoleEditor({ role, model, previews, catalog }: { role: RoleName; model: RolesModel; previews: RolePreviews; catalog: CatalogModel }) {
  const [picking, setPicking] = useState(false);
  const item = useRef<HTMLLIElement>(null);
  const focused = model.focusRole.value === role;
  useEffect(() => {
    if (!focused || !item.current) return;
    item.current.scrollIntoView({ block: 'start' });
    item.current.focus();
  }, [focused]);

  const config = model.current.value;
  if (!config) return null;
  const label = ROLE_LABELS[role];
  const matchers = config.roles[role];
  const savedMatchers = model.config.value?.roles[role] ?? [];
  const changed = JSON.stringify(matchers) !== JSON.stringify(savedMatchers);
  const setMatchers = (next: Matcher[]) => model.setRole(role, next);
  const current = matchers.map(describeMatcher).join(' · or ');
  const suggestions = (model.suggestions.value?.suggestions[role] ?? []).slice(0, 2).filter((s) => describeMatcher(s.matcher) !== current);
  const titleId = `role-${role}-title`;

  return (
    <li ref={item} tabIndex={-1} class={focused ? 'role focused' : 'role'} data-testid={`role-${role}`} aria-labelledby={titleId}>
      <div class="row spread">
        <h3 id={titleId}>
          {label.title}
          {changed && <span class="badge draft" data-testid="role-changed"> changed</span>}
        </h3>
        <button type="button" class="small" aria-label={`Add event to ${label.title}`} aria-expanded={picking} onClick={() => setPicking(!picking)}>
          Add event
        </button>
      </div>
      <p class="muted">{label.caption}</p>
      <MatcherList
        matchers={matchers}
        roleTitle={label.title}
        idPrefix={`role-${role}`}
        catalog={catalog}
        onChange={setMatchers}
        emptyText={role === 'activity' ? 'Not set: any pageview counts as activity.' : 'Not set'}
      />
      {picking && (
        <EventPicker
          catalog={catalog}
          roleTitle={label.title}
          idPrefix={`role-${role}-picker`}
          onPick={(matcher) => {
            setMatchers([...matchers, matcher]);
            setPicking(false);
          }}
          onClose={() => setPicking(false)}
        />
      )}
      <RolePreviewView state={previews.previews.value[role]} draft={changed} />
      {(model.suggestions.value?.warnings[role] ?? []).map((warning) => <p class="warning" role="note">{warning}</p>)}
      {suggestions.map((s) => (
        <div class="suggestion" data-testid="suggestion">
          <span>Suggested: {describeMatcher(s.matcher)} <span class="muted">({s.reasons.join(', ')})</span></span>{' '}
          <button type="button" class="small" aria-label={`Apply ${describeMatcher(s.matcher)} as ${label.title}`} onClick={() => model.apply(role, s.matcher)}>Apply</button>
        </div>
      ))}
    </li>
  );
}
