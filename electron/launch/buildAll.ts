import { buildElectron, buildRenderer } from './builds';

// `npm run build`: everything Electron needs to start from dist/ (package.json "main").
await buildRenderer();
await buildElectron();
console.log('Built dist/renderer and dist/electron.');
