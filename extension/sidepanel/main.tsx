/// <reference types="vite/client" />
import { render } from 'preact';
import { extensionApi } from '../../src/platform/extension-api';
import { createImportModel } from '../../src/ui/sidepanel/import-model';
import { SidePanelApp } from '../../src/ui/sidepanel/SidePanelApp';
import { createSidePanelModel } from '../../src/ui/sidepanel/sidepanel-model';
import '../../src/ui/shared/theme.css';

const model = createSidePanelModel(extensionApi);
render(<SidePanelApp model={model} imports={createImportModel(extensionApi)} />, document.getElementById('app')!);
void model.load();
