// Once the person has chosen Don't Save on closing, the page's own beforeunload question must
// not stop the close a second time.
let leaving = false;

/** The page may now close without asking about unsaved changes. */
export function leaveWithoutAsking(): void {
  leaving = true;
}

/** Whether the person already chose to close without saving. */
export function isLeavingWithoutAsking(): boolean {
  return leaving;
}
