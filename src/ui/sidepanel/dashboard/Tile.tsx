// A tile's frame: its title, a CSV download, and either its body or what configuration it still needs.
import type { ComponentChildren } from 'preact';
import type { DashboardOutput, TileId } from '../../../core/dashboard/dashboard-output';
import type { RoleName } from '../../../core/engine/prepared-data';
import { downloadText } from './download-file';
import { MissingRoles } from './MissingRoles';
import { tileCsv, tileCsvFilename } from './tile-csv';

export interface TileProps {
  id: TileId;
  title: string;
  output: DashboardOutput;
  onConfigureRole(role: RoleName): void;
  /** Takes two grid columns where there is room (charts, tables). */
  wide?: boolean;
  /** Shown under the title, e.g. what a number counts. */
  description?: string;
  children?: ComponentChildren;
}

export function Tile({ id, title, output, onConfigureRole, wide, description, children }: TileProps) {
  const configured = output.tiles[id] !== null;
  const headingId = `tile-title-${id}`;
  const download = () => {
    const csv = tileCsv(output.tiles, id);
    if (csv !== null) downloadText(csv, tileCsvFilename(id, output.range), 'text/csv');
  };
  return (
    <article class={wide ? 'tile wide' : 'tile'} data-testid={`tile-${id}`} data-tile-id={id} aria-labelledby={headingId}>
      <header class="tile-head">
        <h3 id={headingId}>{title}</h3>
        {configured && (
          <button type="button" class="tile-action" onClick={download} aria-label={`Download CSV of ${title}`}>
            CSV
          </button>
        )}
      </header>
      {description && <p class="tile-description muted">{description}</p>}
      {configured ? children : <MissingRoles roles={output.missing_roles[id] ?? []} onConfigureRole={onConfigureRole} />}
    </article>
  );
}
