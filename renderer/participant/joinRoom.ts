/** What a phone keeps to stay in the room: across a sleep, a reload, a lost connection. */
export interface Membership {
  readonly participantId: string;
  readonly token: string;
  readonly document: string;
}

const KEY = 'outside-in.room';

/** The membership kept for this tab, if it joined before (sessionStorage: gone when the tab is). */
export function keptMembership(storage: Pick<Storage, 'getItem'> = sessionStorage): Membership | null {
  try {
    const kept = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<Membership> | null;
    return kept && typeof kept.participantId === 'string' && typeof kept.token === 'string' && typeof kept.document === 'string' ? (kept as Membership) : null;
  } catch {
    return null;
  }
}

export function keepMembership(membership: Membership | null, storage: Pick<Storage, 'setItem' | 'removeItem'> = sessionStorage): void {
  if (membership) storage.setItem(KEY, JSON.stringify(membership));
  else storage.removeItem(KEY);
}

/** Asks the room to let this phone in: its membership, or the room's reason in words. */
export async function joinRoom(code: string, name: string): Promise<{ ok: true; membership: Membership } | { ok: false; message: string }> {
  try {
    const response = await fetch('./join', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code, name }) });
    const body = (await response.json()) as Partial<Membership> & { message?: string };
    if (response.ok && body.participantId && body.token && body.document) return { ok: true, membership: { participantId: body.participantId, token: body.token, document: body.document } };
    return { ok: false, message: body.message ?? 'The room did not let you in. Try again.' };
  } catch {
    return { ok: false, message: 'The room cannot be reached. Are you on the meeting room’s network?' };
  }
}
