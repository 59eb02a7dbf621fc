import { Component, type ErrorInfo, type ReactNode } from 'react';
import { create } from 'zustand';
import { shortened } from '../../shared/words/shortened';
import { keepRecoveryCopyNow } from '../files/useRecoveryAutosave';

/** A render error asked for on purpose (window.workbench.rehearseCrash), so the crash screen can be tried. */
export const useRehearsedCrash = create<{ readonly crash: boolean }>()(() => ({ crash: false }));

/** Throws while rendering when a crash is being rehearsed: the same path a real render error takes. */
export function RehearsedCrash() {
  if (useRehearsedCrash((state) => state.crash)) throw new Error('A crash rehearsed from window.workbench.rehearseCrash().');
  return null;
}

interface CrashState {
  readonly error: Error | null;
  readonly copyKept: boolean | null;
}

/**
 * When the workbench throws while rendering, the window does not go blank: it says what happened,
 * brings the recovery copy of the unsaved changes up to date (the document itself is untouched by
 * a render error), and offers to reload, after which the recovery offer brings the work back.
 */
export class CrashBoundary extends Component<{ readonly children: ReactNode }, CrashState> {
  override state: CrashState = { error: null, copyKept: null };

  static getDerivedStateFromError(error: unknown): Partial<CrashState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo): void {
    keepRecoveryCopyNow().then(
      () => this.setState({ copyKept: true }),
      () => this.setState({ copyKept: false }),
    );
  }

  override render(): ReactNode {
    const { error, copyKept } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="crash-screen" role="alertdialog" aria-labelledby="crash-title" aria-describedby="crash-detail">
        <h1 id="crash-title">The window stopped working.</h1>
        <p id="crash-detail">
          Something went wrong while drawing it: {shortened(error.message)}{' '}
          {copyKept === false
            ? 'The recovery copy could not be brought up to date; changes since the last one may be lost.'
            : 'Your unsaved changes are kept in a recovery copy: reload, and Outside-In offers them back.'}
        </p>
        <button type="button" className="button button--primary" autoFocus onClick={() => window.location.reload()}>
          Reload
        </button>
      </main>
    );
  }
}
