import { shortened } from '../../shared/words/shortened';
import { useSessionStore } from '../store/sessionStore';

/** Files this large take the page a second or more to read and lay out: the status line says so first. */
const LARGE_FILE_BYTES = 4 * 1024 * 1024;

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Reads a large file with "Opening “name”…" in the status line, painted before the reading starts
 * (the reading holds the page), and gone once it is done; a small file is read at once.
 */
export async function announceLongRead<T>(name: string, bytes: number, read: () => T | Promise<T>): Promise<T> {
  if (bytes < LARGE_FILE_BYTES) return read();
  const notice = `Opening “${shortened(name, 60)}”…`;
  const session = useSessionStore.getState();
  session.notify(notice);
  await nextFrame();
  await nextFrame();
  try {
    return await read();
  } finally {
    if (useSessionStore.getState().notice === notice) useSessionStore.getState().notify(null);
  }
}
