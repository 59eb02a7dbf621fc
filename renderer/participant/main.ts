import { normalisedCode } from '../../shared/room/roomCode';
import { ROOM_LIMITS } from '../../shared/room/roomLimits';
import '../theme/fonts.css';
import { element } from './dom';
import { joinRoom, keepMembership, keptMembership, type Membership } from './joinRoom';
import { showRoom } from './participantPage';
import { linkToRoom } from './roomLink';
import './participant.css';

// The participant's page: what a phone opens from the projector's QR code. It joins with the
// room's code (and a name), then adds notes and casts dots; it reaches nothing but the room's
// own server, which served it.

/** Languages written right to left: the page follows the phone's. */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ckb']);
document.documentElement.lang = navigator.language || 'en';
document.documentElement.dir = RIGHT_TO_LEFT.has((navigator.language || 'en').split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';

const root = document.getElementById('participant')!;

function enter(membership: Membership): void {
  keepMembership(membership);
  showRoom(root, linkToRoom(membership));
}

function showJoin(message = ''): void {
  const code = element('input', { className: 'phone__input', id: 'room-code', autocomplete: 'off', autocapitalize: 'characters', spellcheck: false, maxLength: 9, required: true, inputMode: 'text' });
  const name = element('input', { className: 'phone__input', id: 'your-name', autocomplete: 'name', maxLength: ROOM_LIMITS.nameLength });
  const error = element('p', { className: 'phone__notice', role: 'alert', textContent: message, hidden: message === '' });
  const join = element('button', { className: 'phone__button', type: 'submit', textContent: 'Join' });
  const fromLink = new URLSearchParams(location.search).get('code');
  if (fromLink) code.value = normalisedCode(fromLink);
  const form = element(
    'form',
    { className: 'phone__card' },
    element('label', { className: 'phone__label', htmlFor: 'room-code', textContent: 'Room code' }),
    code,
    element('label', { className: 'phone__label', htmlFor: 'your-name', textContent: 'Your name' }),
    name,
    element('p', { className: 'phone__hint', textContent: 'Optional, unless the room asks for names.' }),
    error,
    join,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    join.disabled = true;
    void joinRoom(code.value, name.value).then((answer) => {
      join.disabled = false;
      if (answer.ok) enter(answer.membership);
      else {
        error.hidden = false;
        error.textContent = answer.message;
      }
    });
  });
  root.replaceChildren(element('h1', { className: 'phone__title', textContent: 'Join the workshop' }), element('p', { className: 'phone__hint', textContent: 'Type the code shown on the screen.' }), form);
  (fromLink ? name : code).focus();
}

const kept = keptMembership();
if (kept) enter(kept);
else showJoin();
