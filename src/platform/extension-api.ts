// What the pages' models need from the extension, as one interface. Entry points pass `extensionApi`;
// a test can pass a fake. Models import only the type.
import type { EventName, Events, RequestName, Requests } from './protocol';
import { onEvent, request } from './messages';
import { requestOriginPermission } from './permissions';
import { openSidePanelInCurrentWindow } from './side-panel';

export interface ExtensionApi {
  request<N extends RequestName>(name: N, payload: Requests[N]['request']): Promise<Requests[N]['response']>;
  onEvent<N extends EventName>(name: N, listener: (payload: Events[N]) => void): () => void;
  requestOriginPermission(origin: string): Promise<boolean>;
  openSidePanel(): Promise<void>;
}

export const extensionApi: ExtensionApi = {
  request,
  onEvent,
  requestOriginPermission,
  openSidePanel: openSidePanelInCurrentWindow,
};
