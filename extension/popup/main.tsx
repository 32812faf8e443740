/// <reference types="vite/client" />
import { render } from 'preact';
import { extensionApi } from '../../src/platform/extension-api';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import { createPopupModel } from '../../src/ui/popup/popup-model';
import { focusRoleFrom } from '../../src/ui/popup/focus-role';
import { createRolesModel } from '../../src/ui/popup/roles-model';
import { createSyncModel } from '../../src/ui/popup/sync-model';
import { startWorkerHeartbeat } from '../../src/ui/shared/worker-heartbeat';
import '../../src/ui/shared/theme.css';

const model = createPopupModel(extensionApi);
const sync = createSyncModel(extensionApi);
const roles = createRolesModel(extensionApi);
roles.focusRole.value = focusRoleFrom(location.search, location.hash);
render(<PopupApp model={model} sync={sync} roles={roles} />, document.getElementById('app')!);
void model.load();
void sync.load();
void roles.load();
void roles.loadSuggestions();
startWorkerHeartbeat(extensionApi);
