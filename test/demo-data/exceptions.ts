// A handful of recurring front-end errors, captured as `$exception` events. Most use today's
// `$exception_list` shape; some use the older flat `$exception_type`/`$exception_message` fields that
// older posthog-js versions sent, so readers must handle both.
import { APP_ORIGIN } from './vocabulary.ts';
import { WeightedTable, type Random } from './random.ts';

interface Frame {
  filename: string;
  function: string;
  lineno: number;
  colno: number;
}

interface KnownError {
  type: string;
  message: string;
  fingerprint: string;
  handled: boolean;
  frames: Frame[];
}

const BUNDLE = `${APP_ORIGIN}/static/app-4f2a9c.js`;
const VENDOR = `${APP_ORIGIN}/static/vendor-91be07.js`;

function frame(fn: string, lineno: number, colno: number, filename = BUNDLE): Frame {
  return { filename, function: fn, lineno, colno };
}

const ERRORS = new WeightedTable<KnownError>([
  [{ type: 'TypeError', message: "Cannot read properties of undefined (reading 'map')", fingerprint: '8c1f3a9e2b7d4c60', handled: false,
     frames: [frame('renderSeries', 1021, 17), frame('ChartPanel', 884, 9), frame('commitRoot', 20544, 5, VENDOR)] }, 40],
  [{ type: 'ChunkLoadError', message: 'Loading chunk 412 failed.', fingerprint: '3be0d57a1f9c2e84', handled: false,
     frames: [frame('requireEnsure', 88, 12, VENDOR)] }, 20],
  [{ type: 'Error', message: 'Request failed with status code 502', fingerprint: 'f47a01c93d6b2e15', handled: true,
     frames: [frame('fetchInsight', 2310, 23), frame('loadDashboard', 2290, 11)] }, 18],
  [{ type: 'RangeError', message: 'Invalid time value', fingerprint: '0d9e6b2c7a513f48', handled: false,
     frames: [frame('formatDate', 412, 31), frame('DateRangePicker', 530, 14)] }, 10],
  [{ type: 'SyntaxError', message: 'Unexpected token < in JSON at position 0', fingerprint: 'a6c23f8e90b14d7e', handled: true,
     frames: [frame('parseExport', 3120, 19), frame('downloadExport', 3101, 7)] }, 8],
  [{ type: 'ResizeObserver loop limit exceeded', message: 'ResizeObserver loop limit exceeded', fingerprint: '5e8b1d0c4f27a396', handled: false,
     frames: [] }, 4],
]);

/** Share of `$exception` events in the legacy flat format. */
const LEGACY_SHARE = 0.2;

/** Adds the exception properties to an already built web-event property bag. */
export function addExceptionProperties(properties: Record<string, unknown>, rng: Random): void {
  const error = ERRORS.draw(rng);
  if (rng.chance(LEGACY_SHARE)) {
    const top = error.frames[0];
    properties.$exception_type = error.type;
    properties.$exception_message = error.message;
    properties.$exception_source = top?.filename ?? '';
    properties.$exception_lineno = top?.lineno ?? 0;
    properties.$exception_colno = top?.colno ?? 0;
    properties.$exception_stack_trace_raw = JSON.stringify(
      error.frames.map((f) => ({ filename: f.filename, function: f.function, lineno: f.lineno, colno: f.colno, in_app: true })),
    );
    return;
  }
  properties.$exception_list = [
    {
      type: error.type,
      value: error.message,
      mechanism: { handled: error.handled, synthetic: false, type: error.handled ? 'generic' : 'onerror' },
      stacktrace: {
        type: 'raw',
        frames: error.frames.map((f) => ({
          platform: 'web:javascript',
          filename: f.filename,
          function: f.function,
          lineno: f.lineno,
          colno: f.colno,
          in_app: f.filename === BUNDLE,
        })),
      },
    },
  ];
  properties.$exception_fingerprint = error.fingerprint;
  properties.$exception_types = [error.type];
  properties.$exception_values = [error.message];
  properties.$exception_sources = error.frames.length ? [error.frames[0]?.filename] : [];
  properties.$exception_functions = error.frames.map((f) => f.function);
  properties.$exception_level = 'error';
}
