import { useRecoveryAutosave } from '../files/useRecoveryAutosave';
import { App } from './App';
import { CrashBoundary, RehearsedCrash } from './CrashBoundary';

/** Keeps the recovery copy outside the crash boundary: it must live on when the workbench under it fails. */
function RecoveryKeeper() {
  useRecoveryAutosave();
  return null;
}

/** The page's root: the recovery copy's keeper, and the workbench inside a boundary that turns a render error into a calm screen. */
export function Workbench() {
  return (
    <>
      <RecoveryKeeper />
      <CrashBoundary>
        <RehearsedCrash />
        <App />
      </CrashBoundary>
    </>
  );
}
