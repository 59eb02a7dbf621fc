/** How the browser edition shows the page full screen. */
export interface FullScreenGateway {
  isFullScreen(): boolean;
  /** Resolves once the page is in (or out of) full screen; rejects when the browser refuses. */
  set(fullScreen: boolean): Promise<void>;
}

/**
 * The page full screen through the Fullscreen API. The browser grants it only in answer to a key
 * or a click, and leaves it on its own when the person presses Escape.
 */
export function documentFullScreen(page: Document = document): FullScreenGateway {
  return {
    isFullScreen: () => page.fullscreenElement !== null,
    set: (fullScreen) => (fullScreen ? page.documentElement.requestFullscreen() : page.exitFullscreen()),
  };
}
