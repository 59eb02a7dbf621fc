import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from '../../../../shared/format/parse';
import { serialise } from '../../../../shared/format/serialise';
import { commandContext, commit } from '../../../../renderer/commands/dispatch';
import * as clipboard from '../../../../renderer/editing/stepClipboard';
import { documentHistory, useDocumentStore } from '../../../../renderer/store/documentStore';
import { NOTHING_SELECTED, useSessionStore } from '../../../../renderer/store/sessionStore';
import { examples, loaded } from '../../support/fixtures';

const example = (name: string) => loaded(parse(examples().find((e) => e.name === name)!.journey));
const map = () => useDocumentStore.getState().map;
const selectionAsClipboardText = () => clipboard.selectionAsClipboardText(commandContext());
const deleteSelectedSteps = () => commit(clipboard.deleteSelectedSteps(commandContext()));
/** Pastes as Ctrl+V does; whether steps were pasted. */
function pasteClipboardText(text: string): boolean {
  const change = clipboard.pasteClipboardText(commandContext(), text);
  commit(change);
  return change.map !== undefined;
}

beforeEach(() => {
  useDocumentStore.getState().replace(example('home-insurance-claim'));
  useSessionStore.setState({ selection: NOTHING_SELECTED, notice: null });
});

describe('copy and paste of steps', () => {
  it('carries steps as text from one map into another, with their lane', () => {
    useSessionStore.getState().select({ kind: 'steps', stepIds: ['c4', 'p1'] });
    const text = selectionAsClipboardText()!;
    expect(JSON.parse(text)).toMatchObject({ format: 'outside-in.steps' });

    useDocumentStore.getState().replace(example('b2b-services'));
    const before = map().steps.length;
    expect(pasteClipboardText(text)).toBe(true);
    const pasted = map().steps.slice(before);
    expect(pasted.map((step) => step.title).sort()).toEqual(['Calls the insurer', 'Register the claim']);
    expect(useSessionStore.getState().selection).toEqual({ kind: 'steps', stepIds: pasted.map((step) => step.id) });
    // Each step keeps its kind of lane: the customer's step in the journey, the process step in a process lane.
    const kindOf = (title: string) => map().lanes.find((lane) => lane.id === pasted.find((step) => step.title === title)!.laneId)!.kind;
    expect(kindOf('Calls the insurer')).toBe('journey');
    expect(kindOf('Register the claim')).toBe('process');
    expect(parse(serialise(map())).ok).toBe(true);
    documentHistory.undo();
    expect(map().steps).toHaveLength(before);
  });

  it('refuses clipboard text with nothing to paste, says so, and leaves the map alone', () => {
    const before = map();
    expect(pasteClipboardText('  \n\t ')).toBe(false);
    expect(map()).toBe(before);
    expect(useSessionStore.getState().notice).toBe('The clipboard holds no text to paste as steps.');
  });

  it('makes a pasted list one step per line, after the selected step in its lane, as one undo step', () => {
    const before = map();
    useSessionStore.getState().select({ kind: 'steps', stepIds: ['c4'] });
    expect(pasteClipboardText('Finds the policy\nReads the small print\n\nCalls back')).toBe(true);
    const selection = useSessionStore.getState().selection;
    const ids = selection.kind === 'steps' ? selection.stepIds : [];
    expect(ids.map((id) => map().steps.find((step) => step.id === id)!.title)).toEqual(['Finds the policy', 'Reads the small print', 'Calls back']);
    const c4 = before.steps.find((step) => step.id === 'c4')!;
    expect(ids.map((id) => map().steps.find((step) => step.id === id)!.laneId)).toEqual([c4.laneId, c4.laneId, c4.laneId]);
    documentHistory.undo();
    expect(map()).toEqual(before);
  });

  it('refuses a list longer than a paste takes, naming both figures', () => {
    const before = map();
    expect(pasteClipboardText(Array.from({ length: 501 }, (_, i) => `Step ${i}`).join('\n'))).toBe(false);
    expect(map()).toBe(before);
    expect(useSessionStore.getState().notice).toBe('The clipboard holds 501 lines; a paste takes at most 500, one step each.');
  });

  it('has nothing to copy without selected steps', () => {
    expect(selectionAsClipboardText()).toBeNull();
  });

  it('cut removes what was copied, as one undoable change', () => {
    useSessionStore.getState().select({ kind: 'steps', stepIds: ['x1'] });
    deleteSelectedSteps();
    expect(map().steps.some((step) => step.id === 'x1')).toBe(false);
    documentHistory.undo();
    expect(map().steps.some((step) => step.id === 'x1')).toBe(true);
  });

  it('refuses a clipboard of more steps than a map may hold, saying how many, before reading them', () => {
    const before = map();
    const steps = Array.from({ length: 200_000 }, (_, index) => ({ id: `x${index}`, laneId: 'l', title: 'Copied', column: index, span: 1 }));
    const text = JSON.stringify({ format: 'outside-in.steps', version: 1, lanes: [{ id: 'l', kind: 'journey', title: 'L' }], steps });
    expect(pasteClipboardText(text)).toBe(false);
    expect(map()).toBe(before);
    expect(useSessionStore.getState().notice).toBe('The clipboard holds 200,000 steps; a map holds at most 100,000.');
  });
});
