// The dashboard's title bar: the range it covers and the whole-dashboard PNG download.
import { useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { DashboardOutput } from '../../../core/dashboard/dashboard-output';
import { downloadDashboardPng } from './dashboard-png';

export function DashboardHeader({ output, root }: { output: DashboardOutput; root: RefObject<HTMLElement | null> }) {
  const [failure, setFailure] = useState<string | null>(null);
  const download = () => {
    if (!root.current) return;
    downloadDashboardPng(root.current, output, 'Customer analytics').then(
      () => setFailure(null),
      (e: unknown) => setFailure(e instanceof Error ? e.message : String(e)),
    );
  };
  return (
    <div class="dashboard-head">
      <div class="stack tight">
        <h2 id="dashboard-title">Dashboard</h2>
        <span class="muted" data-testid="dashboard-range">{output.range.from} to {output.range.to}</span>
      </div>
      <button type="button" onClick={download}>Download PNG</button>
      {failure && <p class="error" role="alert">{failure}</p>}
    </div>
  );
}
