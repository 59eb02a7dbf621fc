import QRCode from 'qrcode';
import { useEffect, useId, useState } from 'react';
import { shownCode } from '../../shared/room/roomCode';
import { ariaShortcut, displayShortcut } from '../commands/shortcuts';
import { closeRoom, removePerson } from './roomActions';
import { useRoomStore } from './roomStore';
import './room.css';

/** The address a phone opens from the QR code: the room's, with its code filled in. */
const joinAddress = (url: string, code: string): string => `${url}?code=${code}`;

/**
 * The room's code for the projector: a QR code to scan, the address and the code in large type,
 * who is in the room (with a way to take someone out), and Close room. Hide leaves the room open.
 */
export function RoomPanel() {
  const room = useRoomStore((state) => state.room);
  const showing = useRoomStore((state) => state.showingCode);
  const incoming = useRoomStore((state) => state.incoming.length);
  const [qr, setQr] = useState<string | null>(null);
  const titleId = useId();

  useEffect(() => {
    if (!room) return;
    let current = true;
    void QRCode.toString(joinAddress(room.url, room.code), { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#1f2933', light: '#ffffff' } }).then((svg) => {
      if (current) setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      current = false;
    };
  }, [room]);

  if (!room || !showing) return null;
  const connected = room.people.filter((person) => person.connected).length;
  return (
    <section className="room-panel" aria-labelledby={titleId}>
      <div className="room-panel__join">
        <h2 id={titleId} className="room-panel__title">
          Join from your phone
        </h2>
        {qr && <img className="room-panel__qr" src={qr} alt={`QR code of ${room.url}`} width={240} height={240} />}
        <p className="room-panel__line">
          Open <strong className="room-panel__address">{room.url}</strong>
        </p>
        <p className="room-panel__line">
          Code <strong className="room-panel__code">{shownCode(room.code)}</strong>
        </p>
        <p className="room-panel__hint">On the same network as this screen{room.namesRequired ? ' · with your name' : ''}.</p>
      </div>
      <div className="room-panel__people">
        <h3 className="room-panel__count">
          {room.people.length === 0 ? 'Nobody has joined yet' : `${connected} of ${room.people.length} ${room.people.length === 1 ? 'person' : 'people'} connected`}
          {incoming > 0 && ` · ${incoming} notes arriving`}
        </h3>
        <ul className="room-panel__list" aria-label="People in the room">
          {room.people.map((person, index) => (
            <li key={person.participantId} className="room-panel__person">
              <span className={`room-panel__presence${person.connected ? ' room-panel__presence--on' : ''}`} aria-label={person.connected ? 'connected' : 'away'} />
              <span className="room-panel__name">{person.name || `Anonymous ${index + 1}`}</span>
              <button type="button" className="button button--small button--quiet" onClick={() => void removePerson(person.participantId, person.name)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
        <div className="room-panel__actions">
          <button type="button" className="button" aria-keyshortcuts={ariaShortcut('Mod+Shift+J')} title={`Hide (${displayShortcut('Mod+Shift+J')}); the room stays open`} onClick={() => useRoomStore.getState().showCode(false)}>
            Hide
          </button>
          <button type="button" className="button button--danger" onClick={() => void closeRoom()}>
            Close room
          </button>
        </div>
      </div>
    </section>
  );
}

/** The toolbar's sign that a room is open: its code and how many are connected; pressing it shows the code. */
export function RoomChip() {
  const room = useRoomStore((state) => state.room);
  if (!room) return null;
  const connected = room.people.filter((person) => person.connected).length;
  return (
    <button type="button" className="button button--quiet room-chip" title="Show the room’s code" onClick={() => useRoomStore.getState().showCode(!useRoomStore.getState().showingCode)}>
      <span className="room-chip__dot" aria-hidden="true" />
      Room {shownCode(room.code)} · {connected}
    </button>
  );
}
