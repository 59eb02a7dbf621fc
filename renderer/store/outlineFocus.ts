import { create } from 'zustand';

/** What has focus in the outline: a step's title, a lane's title, or nothing of the outline. */
export type OutlineFocus =
  | { readonly kind: 'none' }
  | { readonly kind: 'step'; readonly stepId: string }
  | { readonly kind: 'lane'; readonly laneId: string };

/** Where the outline should put focus after its next render; `seq` makes a repeated request new. */
export interface OutlineFocusRequest {
  readonly target: { readonly kind: 'step'; readonly stepId: string } | { readonly kind: 'lane'; readonly laneId: string } | { readonly kind: 'add-lane' };
  readonly seq: number;
}

/**
 * Session state of the outline's keyboard flow, kept out of the DOM so the outline commands can be
 * tested without one: which field has focus, and where focus goes once a command has re-rendered
 * the outline (a new step's input, a neighbour after a delete, the same step in its new lane).
 */
export interface OutlineFocusState {
  readonly focus: OutlineFocus;
  readonly request: OutlineFocusRequest | null;
  focused(focus: OutlineFocus): void;
  requestFocus(target: OutlineFocusRequest['target']): void;
  requestDone(): void;
}

export const useOutlineFocus = create<OutlineFocusState>()((set) => ({
  focus: { kind: 'none' },
  request: null,
  focused: (focus) => set({ focus }),
  requestFocus: (target) => set((state) => ({ request: { target, seq: (state.request?.seq ?? 0) + 1 } })),
  requestDone: () => set({ request: null }),
}));

/** The step whose title has focus in the outline, if any. */
export function focusedOutlineStepId(): string | null {
  const { focus } = useOutlineFocus.getState();
  return focus.kind === 'step' ? focus.stepId : null;
}
