// A tiny static server on 127.0.0.1 for the bench page and the PostHog pages. Each call to `newOrigin()` listens
// on one more free port: one origin per store, so each store's IndexedDB files and quota usage stay apart.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

export interface StaticServer {
  /** Starts listening on a new port; resolves to its origin, e.g. http://127.0.0.1:40123. */
  newOrigin(): Promise<string>;
  close(): Promise<void>;
}

/** `pageSets[name][k]` is served at /pages/<name>/<k>.json; everything else from `root`. */
export function startStaticServer(root: string, pageSets: Record<string, Buffer[]>): StaticServer {
  const servers: Server[] = [];
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const page = /^\/pages\/([\w-]+)\/(\d+)\.json$/.exec(path);
    if (page) {
      const body = pageSets[page[1] as string]?.[Number(page[2])];
      if (!body) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': TYPES['.json'] as string, 'content-length': body.length }).end(body);
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(root + sep)) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  };
  return {
    newOrigin: () =>
      new Promise((resolve, reject) => {
        const server = createServer((request, response) => {
          handle(request, response).catch(() => response.destroy());
        });
        servers.push(server);
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
      }),
    close: async () => {
      await Promise.all(servers.map((server) => new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })));
    },
  };
}

/** URLs of a page set, relative to the bench page. */
export function pageUrls(set: string, count: number): string[] {
  return Array.from({ length: count }, (_, k) => `/pages/${set}/${k}.json`);
}
