import { setEmotionCurveShown } from '../../shared/edit/emotion';
import { addLane } from '../../shared/edit/lanes';
import type { LaneKind } from '../../shared/model/journeyMap';
import type { AnyCommand, CommandContext } from '../commands/command';

/** The journey lane selected, the one whose emotion curve a command shows or hides. */
function selectedJourneyLane({ map, session }: CommandContext) {
  const { selection } = session;
  const lane = selection.kind === 'lane' ? map.lanes.find((candidate) => candidate.id === selection.laneId) : undefined;
  return lane?.kind === 'journey' ? lane : null;
}

/** A new lane, selected, with its title open for typing: the next keys name it. */
function addLaneOf(kind: LaneKind, title: string) {
  return ({ map }: CommandContext) => {
    const added = addLane(map, { kind, title });
    return { map: added.map, selection: { kind: 'lane', laneId: added.laneId }, titleEdit: { kind: 'lane', laneId: added.laneId } } as const;
  };
}

/** Adding lanes of each kind, and showing a journey lane's emotion curve. */
export const LANE_COMMANDS: readonly AnyCommand[] = [
  { id: 'lane.addJourney', label: 'Add journey lane', perform: addLaneOf('journey', 'Customer') },
  { id: 'lane.addContext', label: 'Add context lane', perform: addLaneOf('context', 'Others around the customer') },
  { id: 'lane.addProcess', label: 'Add process lane', perform: addLaneOf('process', 'Department') },
  {
    id: 'lane.toggleEmotionCurve',
    label: 'Show emotion curve',
    enabled: (context) => selectedJourneyLane(context) !== null,
    checked: (context) => selectedJourneyLane(context)?.showEmotionCurve === true,
    perform: (context) => {
      const lane = selectedJourneyLane(context);
      return lane ? { map: setEmotionCurveShown(context.map, lane.id, lane.showEmotionCurve !== true) } : {};
    },
  },
];
