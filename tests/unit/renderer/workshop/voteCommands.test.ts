import { beforeEach, describe, expect, it } from 'vitest';
import { startVote } from '../../../../shared/edit/votes';
import { firstTurn, openVote } from '../../../../shared/edit/voteTurns';
import type { JourneyMap } from '../../../../shared/model/journeyMap';
import { commit, dispatch } from '../../../../renderer/commands/dispatch';
import { openMap } from '../../../../renderer/files/openFile';
import { useDocumentStore } from '../../../../renderer/store/documentStore';
import { NOTHING_SELECTED, useSessionStore } from '../../../../renderer/store/sessionStore';
import { useVoteDialog } from '../../../../renderer/workshop/voteDialogState';
import { enabled, run } from '../support/commands';
import { claimMap } from '../../shared/edit/editSupport';

const map = (): JourneyMap => useDocumentStore.getState().map;
const undoDepth = (): number => useDocumentStore.temporal.getState().pastStates.length;
const session = () => useSessionStore.getState();
const dots = () => openVote(map())?.dots ?? map().votes?.at(-1)?.dots;
const select = (...stepIds: string[]): void => session().select({ kind: 'steps', stepIds });

/** Starts a round of `people` with `each` dots, as the Start dialog does. */
function start(people = 3, each = 3): void {
  const started = startVote(map(), { question: 'Where first?', dotsPerPerson: each, people });
  commit({ map: started.map, voteTurn: firstTurn(started.map.votes!.at(-1)!) });
}

beforeEach(() => {
  openMap(claimMap());
  useSessionStore.setState({ selection: NOTHING_SELECTED, notice: null, sidebarTab: 'gaps' });
  useVoteDialog.setState({ open: false });
});

describe('dot voting commands', () => {
  it('Start a vote opens its dialog, and only while no round is open', () => {
    expect(run('vote.start')).toBe(true);
    expect(useVoteDialog.getState().open).toBe(true);
    start();
    expect(enabled('vote.start')).toBe(false);
  });

  it('places a dot on the selected card (the D key) and on a target a panel names, each one undo step', () => {
    start();
    const before = undoDepth();
    select('s2');
    expect(run('vote.castDot')).toBe(true);
    expect(dispatch('vote.castDot', { kind: 'gap', stepId: 's1' })).toBe(true);
    expect(dots()).toEqual([
      { target: { kind: 'step', stepId: 's2' }, count: 1 },
      { target: { kind: 'gap', stepId: 's1' }, count: 1 },
    ]);
    expect(undoDepth()).toBe(before + 2);
    run('history.undo');
    expect(dots()).toHaveLength(1);
  });

  it('refuses a fourth dot with a notice, and the map stays as it was', () => {
    start();
    select('s1');
    for (let dot = 0; dot < 3; dot++) run('vote.castDot');
    const full = map();
    run('vote.castDot');
    expect(map()).toBe(full);
    expect(session().notice).toBe('Person 1 has no dots left: hand over to the next person.');
  });

  it('hands over: the next person starts with all their dots, nothing selected, and none of the earlier dots theirs to take back', () => {
    start();
    select('s1');
    run('vote.castDot');
    expect(enabled('vote.takeBackDot')).toBe(true);
    run('vote.nextPerson');
    expect(session().voteTurn).toMatchObject({ person: 2, finished: false });
    expect(session().selection).toEqual(NOTHING_SELECTED);
    expect(enabled('vote.takeBackDot')).toBe(false);
    select('s3');
    run('vote.castDot');
    run('vote.takeBackDot');
    expect(dots()).toEqual([{ target: { kind: 'step', stepId: 's1' }, count: 1 }]);
  });

  it('after the last person the round waits for its reveal; revealing shows the Votes tab and ends the turns', () => {
    start(2, 1);
    run('vote.nextPerson');
    run('vote.nextPerson');
    expect(session().voteTurn?.finished).toBe(true);
    expect(enabled('vote.nextPerson')).toBe(false);
    expect(session().notice).toBe('Everyone has voted. Reveal the result when the room is ready.');
    expect(run('vote.reveal')).toBe(true);
    expect(map().votes![0]!.revealed).toBe(true);
    expect(session().voteTurn).toBeNull();
    expect(session().sidebarTab).toBe('votes');
    expect(enabled('vote.castDot')).toBe(false);
    expect(enabled('vote.start')).toBe(true);
  });

  it('takes a round up again when the session has no turn for it (the file was reopened)', () => {
    start(3, 2);
    select('s1');
    run('vote.castDot');
    run('vote.castDot');
    const saved = map();
    openMap(saved);
    expect(session().voteTurn).toBeNull();
    select('s2');
    run('vote.castDot');
    expect(session().voteTurn).toMatchObject({ person: 2 });
  });

  it('deletes a round with an Undo offered', () => {
    start();
    expect(dispatch('vote.delete', { voteId: map().votes![0]!.id })).toBe(true);
    expect(map()).not.toHaveProperty('votes');
    expect(session().notice).toBe('Deleted the vote “Where first?”.');
    expect(session().noticeUndoes).toBe(map());
  });
});
