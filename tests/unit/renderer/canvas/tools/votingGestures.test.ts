import { beforeEach, describe, expect, it } from 'vitest';
import { startVote } from '../../../../../shared/edit/votes';
import { firstTurn, openVote } from '../../../../../shared/edit/voteTurns';
import { commit } from '../../../../../renderer/commands/dispatch';
import { useSessionStore } from '../../../../../renderer/store/sessionStore';
import { claimMap, placesOf } from '../../../shared/edit/editSupport';
import { ToolDriver } from './toolDriver';

let driver: ToolDriver;
const dots = () => openVote(driver.map)?.dots;

beforeEach(() => {
  driver = new ToolDriver(claimMap());
  const started = startVote(driver.map, { question: 'Where first?', dotsPerPerson: 3, people: 2 });
  commit({ map: started.map, voteTurn: firstTurn(started.map.votes![0]!) });
});

describe('the canvas while the room votes', () => {
  it('a click on a card places a dot on it and selects it; the pointer says so', () => {
    expect(driver.cursor(driver.centreOf('s3'))).toBe('pointer');
    driver.drag(driver.centreOf('s3'), driver.centreOf('s3'));
    expect(dots()).toEqual([{ target: { kind: 'step', stepId: 's3' }, count: 1 }]);
    expect(useSessionStore.getState().selection).toEqual({ kind: 'steps', stepIds: ['s3'] });
  });

  it('a drag moves no card and places no dot, and a double-click opens no title', () => {
    const from = driver.centreOf('s1');
    driver.drag(from, { x: from.x + 2 * driver.layout.columnWidth, y: from.y });
    expect(placesOf(driver.map)).toEqual(placesOf(claimMap()));
    expect(dots()).toEqual([]);
    driver.doubleClick(from);
    expect(useSessionStore.getState().titleEdit).toBeNull();
  });
});
