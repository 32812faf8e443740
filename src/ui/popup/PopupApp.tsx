import { ConnectForm } from './ConnectForm';
import { ConnectionCard } from './ConnectionCard';
import type { PopupModel } from './popup-model';
import { RolesPanel } from './RolesPanel';
import type { RolesModel } from './roles-model';
import type { SyncModel } from './sync-model';
import { SyncPanel } from './SyncPanel';

export function PopupApp({ model, sync, roles }: { model: PopupModel; sync: SyncModel; roles: RolesModel }) {
  const connection = model.connected.value;
  return (
    <main class={connection ? 'popup popup-wide stack' : 'popup stack'}>
      <header class="row spread">
        <h1>PMF Lens</h1>
        <button type="button" class="primary" onClick={() => void model.openSidePanel()}>Open side panel</button>
      </header>
      {model.error.value && <p class="error" role="alert">{model.error.value}</p>}
      {model.state.value === null ? (
        <p class="muted">Loading…</p>
      ) : connection ? (
        <>
          <ConnectionCard connection={connection} busy={model.busy.value} onDisconnect={() => void model.disconnect()} />
          <SyncPanel model={sync} now={Date.now()} />
          <RolesPanel model={roles} />
        </>
      ) : (
        <ConnectForm model={model} />
      )}
    </main>
  );
}
