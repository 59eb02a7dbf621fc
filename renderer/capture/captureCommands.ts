import type { AnyCommand, CommandContext } from '../commands/command';
import { useCaptureStore } from './captureStore';

/** The journey step capturing follows: the one selected journey step, else none (the bar then follows the journey's last step). */
function selectedJourneyStep({ map, session }: CommandContext): string | null {
  if (session.selection.kind !== 'steps' || session.selection.stepIds.length !== 1) return null;
  const step = map.steps.find((candidate) => candidate.id === (session.selection.kind === 'steps' ? session.selection.stepIds[0] : ''));
  const lane = step && map.lanes.find((candidate) => candidate.id === step.laneId);
  return lane?.kind === 'journey' ? step!.id : null;
}

/** Opening the capture bar: Ctrl+K anywhere, or / on the canvas (as in many editors' command lines). */
export const CAPTURE_COMMANDS: readonly AnyCommand[] = [
  {
    id: 'capture.open',
    label: 'Capture…',
    shortcuts: ['Mod+K', '/'],
    whileTyping: true,
    perform: (context) => {
      const focused = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
      useCaptureStore.getState().openBar(selectedJourneyStep(context), focused?.closest('.capture-bar') ? null : focused);
    },
  },
];
