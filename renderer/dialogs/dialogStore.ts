import { create } from 'zustand';

/** One button of a dialog; its id is what asking the dialog resolves with. */
export interface DialogChoice<Id extends string> {
  readonly id: Id;
  readonly label: string;
  /** The button Enter presses and focus starts on. */
  readonly primary?: boolean;
}

/** A question for the user, answered by one of its buttons; Escape answers `cancel`. */
export interface DialogSpec<Id extends string> {
  readonly title: string;
  readonly message: string;
  readonly choices: readonly DialogChoice<Id>[];
  /** What Escape (or a second question asked over this one) answers. */
  readonly cancel: Id;
}

interface OpenDialog {
  readonly spec: DialogSpec<string>;
  readonly answer: (id: string) => void;
}

interface DialogState {
  readonly dialog: OpenDialog | null;
}

/** The modal dialog on screen, if any: only one at a time. */
export const useDialogStore = create<DialogState>()(() => ({ dialog: null }));

/** Whether a modal dialog is open: the window's shortcuts wait while it is. */
export const dialogOpen = (): boolean => useDialogStore.getState().dialog !== null;

/** Shows a modal dialog and resolves with the id of the button the user chose. */
export function ask<Id extends string>(spec: DialogSpec<Id>): Promise<Id> {
  // A question asked while another is open would hide it; the new one is turned down instead.
  if (dialogOpen()) return Promise.resolve(spec.cancel);
  return new Promise((resolve) => {
    const answer = (id: string): void => {
      useDialogStore.setState({ dialog: null });
      resolve(id as Id);
    };
    useDialogStore.setState({ dialog: { spec, answer } });
  });
}
