import type { ConnectionSummary } from '../../platform/protocol';

export function ConnectionCard({ connection, busy, onDisconnect }: { connection: ConnectionSummary; busy: boolean; onDisconnect: () => void }) {
  return (
    <section class="card stack" aria-labelledby="connection-title" data-testid="connection">
      <h2 id="connection-title">Connected</h2>
      <dl class="facts">
        <dt>Project</dt>
        <dd data-testid="project-name">{connection.projectName}</dd>
        <dt>Project id</dt>
        <dd>{connection.projectId}</dd>
        <dt>Timezone</dt>
        <dd data-testid="project-timezone">{connection.timezone}</dd>
        <dt>Host</dt>
        <dd>{connection.host}</dd>
      </dl>
      <button type="button" onClick={onDisconnect} disabled={busy}>Disconnect</button>
    </section>
  );
}
