import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import type { RoomAddress } from '../../../shared/room/roomEvents';

/** Whether an IPv4 address is on a private network (RFC 1918) or link-local: a meeting room's own. */
export function isPrivateAddress(address: string): boolean {
  const [a, b] = address.split('.').map(Number) as [number, number];
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}

/**
 * The interfaces a room can listen on: the private networks first (the default is the first of
 * them), then other addresses, then this computer only. IPv4 only, as phones type it; all
 * interfaces at once (0.0.0.0) is never offered.
 */
export function roomAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): RoomAddress[] {
  const found: RoomAddress[] = [];
  for (const [name, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      if (info.family !== 'IPv4' || info.internal) continue;
      const kind = isPrivateAddress(info.address) ? 'private' : 'other';
      found.push({ address: info.address, kind, label: `${name} · ${kind === 'private' ? 'private network' : 'other network'}` });
    }
  }
  found.sort((a, b) => Number(b.kind === 'private') - Number(a.kind === 'private'));
  return [...found, { address: '127.0.0.1', kind: 'loopback', label: 'This computer only (for trying it out)' }];
}
