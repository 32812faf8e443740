// The chart as numbers: a keyboard-reachable disclosure holding a real table, for screen readers and for reading
// exact values.
import { shownValue, type ChartSpec } from './chart-spec';

function cell(n: number | null): string {
  if (n === null) return '–';
  return Number.isInteger(n) ? n.toLocaleString('en') : n.toLocaleString('en', { maximumFractionDigits: 1 });
}

export function ChartTable({ spec, caption }: { spec: ChartSpec; caption: string }) {
  return (
    <details class="chart-table">
      <summary>Show as table</summary>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{spec.xTitle}</th>
              {spec.series.map((s) => <th scope="col" key={s.label}>{s.label}</th>)}
            </tr>
          </thead>
          <tbody>
            {spec.xLabels.map((x, i) => (
              <tr key={x}>
                <th scope="row">{x}</th>
                {spec.series.map((s) => <td key={s.label}>{cell(shownValue(s, i))}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
