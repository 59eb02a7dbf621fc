import { create } from 'zustand';

/** What the Start vote dialog offers: open or not, and what the last round was asked with, offered again. */
interface VoteDialogState {
  readonly open: boolean;
  readonly question: string;
  readonly dotsPerPerson: number;
  readonly people: number;
}

/** The Start vote dialog's state: never saved, so a new window offers the defaults. */
export const useVoteDialog = create<VoteDialogState>()(() => ({ open: false, question: 'Where should we act first?', dotsPerPerson: 3, people: 6 }));

/** Opens the Start vote dialog (the `vote.start` command). */
export const openVoteDialog = (): void => useVoteDialog.setState({ open: true });

/** Closes it; a round started keeps its question and figures to offer next time. */
export const closeVoteDialog = (asked?: { readonly question: string; readonly dotsPerPerson: number; readonly people: number }): void =>
  useVoteDialog.setState({ open: false, ...asked });
