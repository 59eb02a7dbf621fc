import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { RoomAddress } from '../../shared/room/roomEvents';
import { keepFocusInDialog, tabStops, wrapTab } from '../dialogs/tabStops';
import { getHost } from '../host/host';
import { CheckField } from '../widgets/CheckField';
import { openRoom } from './roomActions';
import { useRoomStore } from './roomStore';
import './room.css';

/** The Open room dialog, while it is up. */
export function RoomDialog() {
  const choosing = useRoomStore((state) => state.choosing);
  return choosing ? <RoomForm /> : null;
}

/**
 * Opens the room to the phones: on which network (the meeting room's private network first; this
 * computer only for trying it out), and whether each person gives a name, kept with their notes in
 * the map. Nothing listens on the network before Open.
 */
function RoomForm() {
  const [addresses, setAddresses] = useState<readonly RoomAddress[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [address, setAddress] = useState('');
  const [namesRequired, setNamesRequired] = useState(false);
  const [opening, setOpening] = useState(false);
  const box = useRef<HTMLFormElement>(null);
  const id = useId();

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    void getHost()['room:addresses']().then((answer) => {
      if (!answer.ok) setProblem(answer.error.message);
      else {
        setAddresses(answer.value);
        setAddress(answer.value[0]?.address ?? '');
      }
    });
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, []);
  useEffect(() => {
    if (box.current) tabStops(box.current)[0]?.focus();
  }, [addresses, problem]);

  const close = (): void => useRoomStore.getState().choose(false);
  const open = (event: FormEvent): void => {
    event.preventDefault();
    if (!address || opening) return;
    setOpening(true);
    void openRoom(address, namesRequired).then((opened) => {
      setOpening(false);
      if (opened) close();
    });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>): void => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      return;
    }
    wrapTab(event, box.current);
  };

  return (
    <div className="modal-backdrop" onMouseDown={keepFocusInDialog}>
      <form ref={box} className="modal room-dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} onKeyDown={onKeyDown} onSubmit={open}>
        <h2 id={`${id}-title`} className="modal__title">
          Open a room for the phones
        </h2>
        <p className="modal__message">
          People in the room join from their phone’s browser on the same network, with the code the screen shows: they add notes to the parking lot and vote in secret. No internet is used;
          the room closes when you close it or quit.
        </p>
        {problem && (
          <p className="field__problem" role="alert">
            {problem}
          </p>
        )}
        {addresses && (
          <fieldset className="room-dialog__networks">
            <legend className="field__label">Network</legend>
            {addresses.map((offered) => (
              <label key={offered.address} className="room-dialog__network">
                <input type="radio" name={`${id}-address`} value={offered.address} checked={address === offered.address} onChange={() => setAddress(offered.address)} />
                <span>
                  <strong>{offered.address}</strong> <span className="room-dialog__kind">{offered.label}</span>
                </span>
              </label>
            ))}
          </fieldset>
        )}
        <CheckField
          label="Ask for names"
          hint="Each person types a name to join, and each note keeps its author in the map. Otherwise names are optional and never stored."
          checked={namesRequired}
          onChange={setNamesRequired}
        />
        <div className="modal__choices">
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={!address || opening}>
            {opening ? 'Opening…' : 'Open room'}
          </button>
        </div>
      </form>
    </div>
  );
}
