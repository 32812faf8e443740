import type { PreviewState } from './role-previews-model';
import { Sparkline } from './Sparkline';

const count = (n: number) => n.toLocaleString('en-US');

/** Under each role: what its (draft) matchers match in the last 30 days. */
export function RolePreviewView({ state, draft }: { state: PreviewState | undefined; draft: boolean }) {
  if (!state || state.kind === 'loading') return <p class="muted preview" data-testid="preview" aria-busy="true">Previewing…</p>;
  if (state.kind === 'failed') return <p class="muted preview" data-testid="preview">Preview unavailable: {state.message}</p>;
  const { preview } = state;
  return (
    <div class="preview" data-testid="preview">
      <span>
        <strong data-testid="preview-events">{count(preview.events)}</strong> events by <strong data-testid="preview-actors">{count(preview.actors)}</strong> actors in
        the last {preview.counts.length} days{draft ? ' (draft)' : ''}
      </span>
      <Sparkline preview={preview} />
      {preview.unsupported.map((problem) => <p class="warning" role="note">{problem}</p>)}
    </div>
  );
}
