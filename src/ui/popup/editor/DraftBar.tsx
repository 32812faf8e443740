import type { RolesModel } from '../roles-model';

/** Shown while the draft differs from the saved config: nothing reaches the dashboard until Save. */
export function DraftBar({ model }: { model: RolesModel }) {
  if (!model.dirty.value) return null;
  return (
    <div class="draft-bar row spread" data-testid="draft-state">
      <span role="status">Unsaved changes</span>
      <span class="row">
        <button type="button" onClick={model.discard} disabled={model.saving.value}>Discard</button>
        <button type="button" class="primary" onClick={() => void model.save()} disabled={model.saving.value}>
          {model.saving.value ? 'Saving…' : 'Save'}
        </button>
      </span>
    </div>
  );
}
