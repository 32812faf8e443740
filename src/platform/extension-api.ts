// What the pages' models need from the extension, as one interface. Entry points pass `extensionApi`;
// a test can pass a fake. Models import only the type.
import type { EventName, Events, RequestName, Requests } from './protocol';
import { activeTabUrl } from './active-tab';
import { readLocal, writeLocal } from './local-storage';
import { onEvent, request } from './messages';
import { openPopupOnRole } from './open-popup';
import { requestOriginPermission } from './permissions';
import { openSidePanelInCurrentWindow } from './side-panel';

export interface ExtensionApi {
  request<N extends RequestName>(name: N, payload: Requests[N]['request']): Promise<Requests[N]['response']>;
  onEvent<N extends EventName>(name: N, listener: (payload: Events[N]) => void): () => void;
  requestOriginPermission(origin: string): Promise<boolean>;
  openSidePanel(): Promise<void>;
  /** The active tab's URL when the popup opened on it (to prefill the connect form), if the browser tells. */
  activeTabUrl(): Promise<string | undefined>;
  /** Opens the popup scrolled to one role's editor (a tab when the browser will not open the popup). */
  openPopupOnRole(role: string): Promise<void>;
  /** A page's own choices (the dashboard's range, compare, B2B…), kept in storage.local across sessions. */
  readSetting<T>(key: string): Promise<T | undefined>;
  writeSetting<T>(key: string, value: T): Promise<void>;
}

export const extensionApi: ExtensionApi = {
  request,
  onEvent,
  requestOriginPermission,
  openSidePanel: openSidePanelInCurrentWindow,
  activeTabUrl,
  openPopupOnRole,
  // Namespaced, so a page's setting can never overwrite the connection (and its key) stored beside it.
  readSetting: (key) => readLocal(`setting:${key}`),
  writeSetting: (key, value) => writeLocal(`setting:${key}`, value),
};
