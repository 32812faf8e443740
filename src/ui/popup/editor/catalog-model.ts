// The local event catalogue for the editor's pickers, fetched from the worker when first needed and again after a
// sync; the keys of an event and the values of a key are asked once each and remembered.
import { signal } from '@preact/signals';
import type { PropertyKeyCount } from '../../../core/catalog/property-keys';
import type { ValueCount } from '../../../core/catalog/property-values';
import type { ExtensionApi } from '../../../platform/extension-api';
import type { EventCatalog } from '../../../store/event-catalog';

export function createCatalogModel(api: ExtensionApi) {
  const catalog = signal<EventCatalog | null>(null);
  const error = signal<string | null>(null);
  let loading: Promise<void> | null = null;
  const keys = new Map<string, Promise<PropertyKeyCount[]>>();
  const values = new Map<string, Promise<ValueCount[]>>();

  function load(): Promise<void> {
    loading ??= api.request('getEventCatalog', null).then(
      (next) => {
        catalog.value = next;
        error.value = null;
      },
      (e: unknown) => {
        error.value = e instanceof Error ? e.message : String(e);
        loading = null;
      },
    );
    return loading;
  }

  function reload(): Promise<void> {
    loading = null;
    keys.clear();
    values.clear();
    return load();
  }

  const stop = api.onEvent('syncProgress', (next) => {
    if (next.status.phase === 'complete' && catalog.value) void reload();
  });

  function remembered<T>(cache: Map<string, Promise<T>>, key: string, ask: () => Promise<T>): Promise<T> {
    let found = cache.get(key);
    if (!found) {
      found = ask();
      cache.set(key, found);
      found.catch(() => cache.delete(key));
    }
    return found;
  }

  return {
    catalog,
    error,
    load,
    reload,
    keysOf: (event: string) => remembered(keys, event, () => api.request('getEventProperties', { event })),
    valuesOf: (event: string, key: string) => remembered(values, `${event}\u0000${key}`, () => api.request('getPropertyValues', { event, key })),
    dispose: stop,
  };
}

export type CatalogModel = ReturnType<typeof createCatalogModel>;
