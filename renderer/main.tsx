import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './theme/fonts.css';
import './app/app.css';
import { Workbench } from './app/Workbench';
import { installCommands } from './app/commandList';
import { exposeWorkbenchApi } from './app/workbenchApi';
import { loadFonts } from './theme/loadFonts';

installCommands();
exposeWorkbenchApi();
await loadFonts();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <Workbench />
  </StrictMode>,
);
