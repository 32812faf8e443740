// Sending and answering the protocol's messages over runtime messaging.
import { browser } from './browser';
import type {
  ErrorInfo, EventMessage, EventName, Events, Reply, RequestHandlers, RequestMessage, RequestName, Requests,
} from './protocol';

/** A request the worker refused or could not answer; `message` is written for the user. */
export class RequestError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'RequestError';
  }
}

function isRequest(message: unknown): message is RequestMessage {
  return typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === 'request';
}

function isEvent(message: unknown): message is EventMessage {
  return typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === 'event';
}

/** Asks the background worker; resolves with its reply or rejects with a RequestError. */
export async function request<N extends RequestName>(
  name: N,
  payload: Requests[N]['request'],
): Promise<Requests[N]['response']> {
  const message: RequestMessage<N> = { kind: 'request', name, payload };
  let reply: Reply<Requests[N]['response']> | undefined;
  try {
    reply = (await browser.runtime.sendMessage(message)) as Reply<Requests[N]['response']> | undefined;
  } catch (error) {
    throw new RequestError('worker_unreachable', `The extension's background worker did not answer (${String(error)}). Reload the extension and try again.`);
  }
  if (!reply) throw new RequestError('worker_unreachable', "The extension's background worker did not answer. Reload the extension and try again.");
  if (!reply.ok) throw new RequestError(reply.error.code, reply.error.message);
  return reply.value;
}

/** Registers the worker's handlers. Must run at the top level of the worker, so a wake-up message finds it. */
export function handleRequests(handlers: RequestHandlers, describeError: (error: unknown) => ErrorInfo): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isRequest(message)) return undefined;
    const handler = handlers[message.name] as ((payload: unknown) => Promise<unknown>) | undefined;
    if (!handler) {
      return Promise.resolve({ ok: false, error: { code: 'unknown_request', message: `Unknown request "${String(message.name)}".` } });
    }
    return handler(message.payload).then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({ ok: false, error: describeError(error) }),
    );
  });
}

/** Tells every open page; nobody listening is normal (no page open) and not an error. */
export function broadcast<N extends EventName>(name: N, payload: Events[N]): void {
  const message: EventMessage<N> = { kind: 'event', name, payload };
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/** Listens for one event; returns the function that stops listening. */
export function onEvent<N extends EventName>(name: N, listener: (payload: Events[N]) => void): () => void {
  const wrapped = (message: unknown): undefined => {
    if (isEvent(message) && message.name === name) listener(message.payload as Events[N]);
    return undefined;
  };
  browser.runtime.onMessage.addListener(wrapped);
  return () => browser.runtime.onMessage.removeListener(wrapped);
}
