import { fail, succeed } from '../../shared/host/hostResult';
import type { HostHandlers } from '../ipc/registerHostHandlers';

/** The host channels about the window itself. */
export type WindowHandlers = Pick<HostHandlers, 'window:setFullScreen'>;

/** What the handlers need of a BrowserWindow. */
export interface FullScreenWindow {
  isFullScreen(): boolean;
  setFullScreen(fullScreen: boolean): void;
}

/** What the window handlers work with, injected so they are tested without Electron. */
export interface WindowHandlerDeps {
  /** The window the page asking is in (the focused one, or the first), or null when there is none. */
  windowOf(): FullScreenWindow | null;
}

/**
 * The desktop's window channels. Full screen is set only when it changes, and the answer is
 * whether the window was full screen before: a presentation started in a window the person had
 * made full screen themselves leaves it full screen when it ends.
 */
export function createWindowHandlers({ windowOf }: WindowHandlerDeps): WindowHandlers {
  return {
    'window:setFullScreen': async (fullScreen) => {
      const window = windowOf();
      if (!window) return fail('no-window', 'There is no window to show full screen.');
      const was = window.isFullScreen();
      if (was !== fullScreen) window.setFullScreen(fullScreen);
      return succeed(was);
    },
  };
}
