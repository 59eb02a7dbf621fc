/** The parts of an IPC event the sender check reads (Electron's IpcMainInvokeEvent has them). */
export interface IpcEventLike {
  readonly sender: { readonly id: number; readonly mainFrame: unknown };
  readonly senderFrame: { readonly url: string } | null | undefined;
}

/** Who may call the host: our windows' main frames, showing our own pages. */
export interface SenderPolicyOptions {
  /** The origin our pages are served from, such as `app://outside-in`. */
  readonly origin: string;
  /** Whether a webContents id belongs to a window the app created. */
  readonly isOurWindow: (webContentsId: number) => boolean;
}

/**
 * The check every IPC call passes before its arguments are even read (STYLE.md, VS Code: one
 * wrapper validates every sender): a window of ours, its main frame (not an iframe a map could
 * smuggle in), and a page of our origin (not a page navigated elsewhere).
 */
export function createSenderPolicy({ origin, isOurWindow }: SenderPolicyOptions): (event: IpcEventLike) => boolean {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || !isOurWindow(event.sender.id)) return false;
    if (frame !== event.sender.mainFrame) return false;
    try {
      // URL.origin is "null" for custom schemes such as app://, so scheme and host are compared.
      const url = new URL(frame.url);
      return `${url.protocol}//${url.host}` === origin;
    } catch {
      return false;
    }
  };
}
