import { ROOM_LIMITS } from './roomLimits';

/**
 * Counts one connection's messages in a sliding second: `allow()` says whether one more may go
 * through. A phone sends a few a second while someone types; a script flooding the room is held
 * to the limit.
 */
export function createMessageMeter({ now = Date.now, perSecond = ROOM_LIMITS.messagesPerSecond } = {}): { allow(): boolean } {
  const times: number[] = [];
  return {
    allow() {
      const at = now();
      while (times.length > 0 && at - times[0]! >= 1000) times.shift();
      if (times.length >= perSecond) return false;
      times.push(at);
      return true;
    },
  };
}
