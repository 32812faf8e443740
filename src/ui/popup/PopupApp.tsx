import { ConnectForm } from './ConnectForm';
import { ConnectionCard } from './ConnectionCard';
import type { PopupModel } from './popup-model';

export function PopupApp({ model }: { model: PopupModel }) {
  const connection = model.connected.value;
  return (
    <main class="popup stack">
      <header class="row spread">
        <h1>PMF Lens</h1>
        <button type="button" class="primary" onClick={() => void model.openSidePanel()}>Open side panel</button>
      </header>
      {model.error.value && <p class="error" role="alert">{model.error.value}</p>}
      {model.state.value === null ? (
        <p class="muted">Loading…</p>
      ) : connection ? (
        <ConnectionCard connection={connection} busy={model.busy.value} onDisconnect={() => void model.disconnect()} />
      ) : (
        <ConnectForm model={model} />
      )}
    </main>
  );
}
