import type { AnyCommand } from '../commands/command';
import { useTimerStore } from '../store/timerStore';
import { openTimerDialog } from './timerDialogState';
import { prepareTone } from './tone';

const hasCountdown = (): boolean => useTimerStore.getState().countdown !== null;

/**
 * The time-box: start it (presets or a typed time), pause and resume it, give it another minute,
 * stop it. Each works during a presentation too, and none touches the map.
 */
export const TIMER_COMMANDS: readonly AnyCommand[] = [
  {
    id: 'timer.start',
    label: 'Start timer…',
    shortcuts: ['T'],
    whilePresenting: true,
    perform: () => {
      // Browsers let a page sound only after a key or a click: the tone is readied now, for later.
      prepareTone();
      openTimerDialog();
    },
  },
  {
    id: 'timer.pause',
    label: 'Pause timer',
    shortcuts: ['P'],
    whilePresenting: true,
    enabled: () => (useTimerStore.getState().remaining() ?? 0) > 0,
    checked: () => useTimerStore.getState().countdown?.state === 'paused',
    perform: () => useTimerStore.getState().togglePause(),
  },
  {
    id: 'timer.addMinute',
    label: 'Add a minute',
    shortcuts: ['M'],
    whilePresenting: true,
    enabled: hasCountdown,
    perform: () => {
      prepareTone();
      useTimerStore.getState().addMinute();
    },
  },
  { id: 'timer.stop', label: 'Stop timer', shortcuts: ['Shift+T'], whilePresenting: true, enabled: hasCountdown, perform: () => useTimerStore.getState().stop() },
];
