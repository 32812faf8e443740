import { describeMatcher, ROLE_LABELS } from '../../core/config/describe-role';
import { ROLE_NAMES } from '../../core/engine/prepared-data';
import type { RolesModel } from './roles-model';

const SOURCE: Record<string, string> = {
  saved: 'Saved in this browser.',
  posthog: "Imported from the project's own customer-analytics configuration in PostHog.",
  default: 'Defaults: activity is any pageview, the other roles are not set.',
};

function download(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: 'pmf-lens-roles.json' });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function RolesPanel({ model }: { model: RolesModel }) {
  const view = model.view.value;
  const config = model.config.value;
  if (!view || !config) return null;
  return (
    <section class="card stack" aria-labelledby="roles-title" data-testid="roles">
      <div class="row spread">
        <h2 id="roles-title">Roles</h2>
        <span class="muted">{SOURCE[view.source]}</span>
      </div>
      {view.plainPageviewActivity && (
        <p class="warning" role="note">Activity is any pageview. What makes a customer active in your product? A specific event or a pageview with a filter gives truer numbers.</p>
      )}
      {view.problems.map((problem) => <p class="muted" role="note">{problem}</p>)}
      <ul class="roles">
        {ROLE_NAMES.map((role) => (
          <li key={role} data-testid={`role-${role}`}>
            <strong>{ROLE_LABELS[role].title}</strong> <span class="muted">{ROLE_LABELS[role].caption}</span>
            <div data-testid="matchers">{config.roles[role].length > 0 ? config.roles[role].map(describeMatcher).join(' · or ') : 'Not set'}</div>
            {(model.suggestions.value?.warnings[role] ?? []).map((warning) => <p class="warning" role="note">{warning}</p>)}
            {(model.suggestions.value?.suggestions[role] ?? []).slice(0, 2)
              .filter((s) => describeMatcher(s.matcher) !== config.roles[role].map(describeMatcher).join(' · or '))
              .map((s) => (
                <div class="suggestion" data-testid="suggestion">
                  <span>Suggested: {describeMatcher(s.matcher)} <span class="muted">({s.reasons.join(', ')})</span></span>{' '}
                  <button type="button" aria-label={`Apply ${describeMatcher(s.matcher)} as ${ROLE_LABELS[role].title}`} onClick={() => void model.apply(role, s.matcher)}>Apply</button>
                </div>
              ))}
          </li>
        ))}
      </ul>
      <div class="row wrap">
        <button type="button" onClick={() => download(view.text)}>Export configuration</button>
        <label class="button-like">
          Import configuration
          <input
            type="file"
            accept=".json,application/json"
            class="visually-hidden"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void file.text().then(model.importText);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      {model.saved.value && <p class="muted" role="status">Configuration saved; the side panel recomputes.</p>}
      {model.error.value && <p class="error" role="alert">{model.error.value}</p>}
    </section>
  );
}
