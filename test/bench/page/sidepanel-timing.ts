// What the bench's side panel page records about its own first open, on the page's clock (ms since navigation
// start, performance.timeOrigin): when the first tiles were on screen, and each worker request's path.
import type { DashboardResult, WorkerReply, WorkerRequest } from '../../../src/ui/dashboard/worker-protocol';

/** One request in the dashboard worker, absolute times (timeOrigin + now) from the worker's clock. */
export interface WorkerSpan {
  id: number;
  kind: WorkerRequest['kind'];
  received: number;
  /** The host's answer was ready (before it was serialized). */
  answered: number;
  /** postMessage returned: the reply has been serialized. */
  posted: number;
}

/** A worker request as the panel saw it, ms since navigation start. */
export interface RequestTimes {
  id: number;
  kind: WorkerRequest['kind'];
  sent: number;
  /** In the worker: arrived, answered, reply serialized. */
  received: number | null;
  answered: number | null;
  posted: number | null;
  /** The reply's message event on the page (after deserialization and whatever the page's thread was doing). */
  replied: number | null;
}

export interface PanelFirstTiles {
  /** Navigation start → the weekly active users number visible and the active users chart's canvas drawn. */
  firstTilesMs: number;
  /** The first animation frame in which the number was visible, and the one in which the canvas had pixels. */
  valueMs: number;
  canvasMs: number;
  /** The page's own loading: DOMContentLoaded (the module script ran), from the navigation timing entry. */
  domContentLoadedMs: number;
  requests: RequestTimes[];
  /** The worker's own split of the dashboard request: read the store, prepare, tiles. */
  timings: DashboardResult['timings'] | null;
  eventCount: number | null;
  /** The dashboard came from the worker's cache of the last open (same data, roles, query and day). */
  fromCache: boolean | null;
  /** structuredClone of the dashboard result on the page: about what serializing + deserializing it costs. */
  resultCloneMs: number | null;
}

declare global {
  interface Window {
    /** Resolves once the first tiles are on screen (test/bench/measurements/sidepanel-ui.ts awaits it). */
    panelFirstTiles?: Promise<PanelFirstTiles>;
    /** Forgets the dashboard the last open cached, so the next open computes (a first open's cost). */
    clearDashboardCache?: () => Promise<void>;
  }
}

type WorkerLike = Pick<Worker, 'postMessage' | 'addEventListener'>;

/**
 * Wraps the worker for the side panel's client: every request's send time is noted, and every reply's arrival
 * (this listener is added before the client's, so it runs first).
 */
export function recordRequests(worker: Worker): { worker: WorkerLike; requests: RequestTimes[] } {
  const requests: RequestTimes[] = [];
  const byId = new Map<number, RequestTimes>();
  const local = (absolute: number) => absolute - performance.timeOrigin;
  worker.addEventListener('message', (event: MessageEvent<WorkerReply | { benchSpan: WorkerSpan }>) => {
    const data = event.data;
    if ('benchSpan' in data) {
      const times = byId.get(data.benchSpan.id);
      if (!times) return;
      times.received = local(data.benchSpan.received);
      times.answered = local(data.benchSpan.answered);
      times.posted = local(data.benchSpan.posted);
      return;
    }
    const times = byId.get(data.id);
    if (times) times.replied = performance.now();
  });
  const wrapped = {
    postMessage(message: WorkerRequest) {
      const times: RequestTimes = { id: message.id, kind: message.kind, sent: performance.now(), received: null, answered: null, posted: null, replied: null };
      requests.push(times);
      byId.set(message.id, times);
      worker.postMessage(message);
    },
    addEventListener: worker.addEventListener.bind(worker),
  } as WorkerLike;
  return { worker: wrapped, requests };
}

function visible(element: Element | null): boolean {
  if (!element) return false;
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && element.checkVisibility();
}

/** Whether the canvas has any pixel drawn (uPlot draws its axes and series on one canvas). */
function drawn(canvas: HTMLCanvasElement | null): boolean {
  if (!canvas || canvas.width === 0 || canvas.height === 0) return false;
  const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
  if (!pixels) return false;
  for (let k = 3; k < pixels.length; k += 4) if (pixels[k] !== 0) return true;
  return false;
}

/**
 * Checks once per animation frame (what is in the DOM then is what that frame paints) until the weekly active
 * number is visible and the active users chart has drawn; `details` then adds what the page knows.
 */
export function watchFirstTiles(details: () => Omit<PanelFirstTiles, 'firstTilesMs' | 'valueMs' | 'canvasMs' | 'domContentLoadedMs'>): Promise<PanelFirstTiles> {
  return new Promise((resolve) => {
    let valueMs: number | null = null;
    let canvasMs: number | null = null;
    const frame = () => {
      const now = performance.now();
      if (valueMs === null && visible(document.querySelector('[data-testid="tile-weekly_active"] [data-testid="value"]'))) valueMs = now;
      if (canvasMs === null && drawn(document.querySelector<HTMLCanvasElement>('[data-testid="tile-active_users"] canvas'))) canvasMs = now;
      if (valueMs === null || canvasMs === null) return void requestAnimationFrame(frame);
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      resolve({ firstTilesMs: Math.max(valueMs, canvasMs), valueMs, canvasMs, domContentLoadedMs: navigation?.domContentLoadedEventEnd ?? NaN, ...details() });
    };
    requestAnimationFrame(frame);
  });
}
