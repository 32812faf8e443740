// What the pages' models need from the extension, as one interface. Entry points pass `extensionApi`;
// a test can pass a fake. Models import only the type.
import type { EventName, Events, RequestName, Requests } from './protocol';
import { activeTabUrl } from './active-tab';
import { onEvent, request } from './messages';
import { requestOriginPermission } from './permissions';
import { openSidePanelInCurrentWindow } from './side-panel';

export interface ExtensionApi {
  request<N extends RequestName>(name: N, payload: Requests[N]['request']): Promise<Requests[N]['response']>;
  onEvent<N extends EventName>(name: N, listener: (payload: Events[N]) => void): () => void;
  requestOriginPermission(origin: string): Promise<boolean>;
  openSidePanel(): Promise<void>;
  /** The active tab's URL when the popup opened on it (to prefill the connect form), if the browser tells. */
  activeTabUrl(): Promise<string | undefined>;
}

export const extensionApi: ExtensionApi = {
  request,
  onEvent,
  requestOriginPermission,
  openSidePanel: openSidePanelInCurrentWindow,
  activeTabUrl,
};
