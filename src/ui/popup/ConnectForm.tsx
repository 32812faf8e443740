import type { PopupModel } from './popup-model';
import type { HostChoice } from './connect-form';

const HOST_OPTIONS: { value: HostChoice; label: string }[] = [
  { value: 'us', label: 'US cloud (us.posthog.com)' },
  { value: 'eu', label: 'EU cloud (eu.posthog.com)' },
  { value: 'custom', label: 'Self-hosted' },
];

export function ConnectForm({ model }: { model: PopupModel }) {
  const values = model.form.value;
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void model.connect();
  };
  return (
    <form class="card stack" onSubmit={onSubmit} aria-labelledby="connect-title">
      <h2 id="connect-title">Connect PostHog</h2>
      <label class="field">
        <span>Host</span>
        <select
          name="host"
          aria-label="Host"
          value={values.hostChoice}
          onChange={(e) => model.edit({ hostChoice: e.currentTarget.value as HostChoice })}
        >
          {HOST_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>{option.label}</option>
          ))}
        </select>
      </label>
      {values.hostChoice === 'custom' && (
        <label class="field">
          <span>Instance URL</span>
          <input
            name="customHost"
            type="url"
            placeholder="https://posthog.example.com"
            value={values.customHost}
            onInput={(e) => model.edit({ customHost: e.currentTarget.value })}
            required
          />
        </label>
      )}
      <label class="field">
        <span>Project id</span>
        <input
          name="projectId"
          inputMode="numeric"
          placeholder="12345 (empty: the key's current project)"
          value={values.projectId}
          onInput={(e) => model.edit({ projectId: e.currentTarget.value })}
        />
      </label>
      <label class="field">
        <span>Personal API key</span>
        <input
          name="apiKey"
          type="password"
          autocomplete="off"
          placeholder="phx_…"
          value={values.apiKey}
          onInput={(e) => model.edit({ apiKey: e.currentTarget.value })}
          required
        />
        <small class="hint">
          Create one in PostHog under Settings → Personal API keys, with the read scopes query, project, person,
          group, action and event definition. It is stored only in this browser.
        </small>
      </label>
      <div class="row spread">
        <button type="submit" class="primary" disabled={model.busy.value}>
          {model.busy.value ? 'Connecting…' : 'Connect'}
        </button>
        <button type="button" disabled={model.busy.value} onClick={() => void model.connectDemo()} data-testid="connect-demo">
          Try the demo project
        </button>
      </div>
    </form>
  );
}
