// A response as a value, so that fault injection can delay it, cut it in half or throw it away.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiError } from './errors.ts';
import { jsonChunks } from './json-stream.ts';

export interface Reply {
  status: number;
  headers: Record<string, string>;
  /** The whole body, or its pieces made on demand (large query answers). */
  body: string | (() => Iterable<string>);
}

export function json(status: number, data: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(data) };
}

/** JSON written as it is sent; for bodies that may hold many result rows. */
export function streamedJson(status: number, data: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body: () => jsonChunks(data) };
}

export function errorReply(error: ApiError): Reply {
  return json(error.status, error.body, error.headers);
}

export function html(status: number, body: string): Reply {
  return { status, headers: { 'Content-Type': 'text/html' }, body };
}

export function bodyText(reply: Reply): string {
  return typeof reply.body === 'string' ? reply.body : [...reply.body()].join('');
}

const WRITE_SIZE = 256 * 1024;

export async function send(res: ServerResponse, reply: Reply): Promise<void> {
  if (typeof reply.body === 'string') {
    const body = Buffer.from(reply.body, 'utf8');
    res.writeHead(reply.status, { ...reply.headers, 'Content-Length': String(body.length) });
    res.end(body);
    return;
  }
  // No Content-Length: chunked transfer encoding, written as it is made, respecting backpressure.
  res.writeHead(reply.status, reply.headers);
  let pending = '';
  for (const piece of reply.body()) {
    pending += piece;
    if (pending.length < WRITE_SIZE) continue;
    const flushed = res.write(pending);
    pending = '';
    if (!flushed) await drained(res);
    if (res.destroyed) return;
  }
  res.end(pending);
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise((done) => {
    const finish = () => {
      res.off('drain', finish);
      res.off('close', finish);
      done();
    };
    res.on('drain', finish);
    res.on('close', finish);
  });
}

/** Valid headers and the first half of the real body, then the end: the client's JSON parse must fail. */
export function sendTruncated(res: ServerResponse, reply: Reply): void {
  const body = Buffer.from(bodyText(reply), 'utf8');
  res.writeHead(reply.status, reply.headers);
  res.end(body.subarray(0, Math.floor(body.length / 2)));
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
