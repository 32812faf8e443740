import { ROLE_NAMES } from '../../core/engine/prepared-data';
import { serializeRoleConfig } from '../../core/config/serialize-role-config';
import { DraftBar } from './editor/DraftBar';
import { RoleEditor } from './editor/RoleEditor';
import type { RolesModel } from './roles-model';
import './editor/editor.css';

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
  const current = model.current.value;
  if (!view || !current) return null;
  return (
    <section class="card stack" aria-labelledby="roles-title" data-testid="roles">
      <div class="row spread">
        <h2 id="roles-title">Roles</h2>
        <span class="muted">{SOURCE[view.source]}</span>
      </div>
      {model.plainPageviewActivity.value && (
        <p class="warning" role="note">Activity is any pageview. What makes a customer active in your product? A specific event or a pageview with a filter gives truer numbers.</p>
      )}
      {view.problems.map((problem) => <p class="muted" role="note">{problem}</p>)}
      {model.draftProblems.value.map((problem) => <p class="warning" role="note">{problem}</p>)}
      <ul class="roles role-list" aria-label="Roles and the events that play them">
        {ROLE_NAMES.map((role) => <RoleEditor key={role} role={role} model={model} previews={model.previews} catalog={model.catalog} />)}
      </ul>
      <DraftBar model={model} />
      <div class="row wrap">
        <button type="button" onClick={() => download(serializeRoleConfig(current))}>Export configuration</button>
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
        <button type="button" onClick={() => void model.importFromPostHog()}>Import from PostHog</button>
      </div>
      {model.saved.value && <p class="muted" role="status">Configuration saved; the side panel recomputes.</p>}
      {model.error.value && <p class="error" role="alert">{model.error.value}</p>}
    </section>
  );
}
