import { ROOM_LIMITS } from '../../shared/room/roomLimits';
import type { RoomVote } from '../../shared/room/roomDocuments';
import { keepMembership } from './joinRoom';
import type { RoomLink } from './roomLink';
import { element } from './dom';
import { remainingOf, timerWords } from './phoneTimer';

/**
 * The participant's page once in the room: the workshop's name and the connection, the timer,
 * a field to add a note and the notes added, and during a vote the items with this phone's own
 * dots (nobody else's) until the facilitator reveals the result. Every text from the room is set
 * as text, never as markup.
 */
export function showRoom(root: HTMLElement, link: RoomLink): void {
  root.replaceChildren();
  const title = element('h1', { className: 'phone__title' });
  const status = element('p', { className: 'phone__status', role: 'status' });
  const timer = element('p', { className: 'phone__timer', hidden: true });
  const notice = element('p', { className: 'phone__notice', role: 'alert', hidden: true });
  root.append(element('header', { className: 'phone__head' }, title, status, timer), notice);

  const field = element('textarea', { className: 'phone__field', maxLength: ROOM_LIMITS.noteLength, rows: 3, placeholder: 'What should the room not forget?', id: 'note-text' });
  field.setAttribute('dir', 'auto');
  const add = element('button', { className: 'phone__button', type: 'submit', textContent: 'Add note' });
  const form = element('form', { className: 'phone__card' }, element('label', { htmlFor: 'note-text', className: 'phone__label', textContent: 'Add a note' }), field, add);
  const voteCard = element('section', { className: 'phone__card', hidden: true, ariaLabel: 'Vote' });
  const notesHeading = element('h2', { className: 'phone__label' });
  const notesList = element('ul', { className: 'phone__notes' });
  root.append(form, voteCard, element('section', { className: 'phone__card', ariaLabel: 'Your notes' }, notesHeading, notesList));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = field.value.replace(/\s+/g, ' ').trim();
    if (text === '' || !link.connected() || link.notes.length >= ROOM_LIMITS.notesPerParticipant) return;
    link.notes.push([{ id: crypto.randomUUID(), text }]);
    field.value = '';
    field.focus();
  });

  const vote = voteView(voteCard, link);
  let timerTick: ReturnType<typeof setInterval> | null = null;
  let timerSeen: { readonly remainingMs: number; readonly running: boolean; readonly at: number } | null = null;

  const render = (): void => {
    const farewell = link.farewell();
    if (farewell) {
      keepMembership(null);
      root.replaceChildren(
        element('h1', { className: 'phone__title', textContent: farewell === 'closed' ? 'The room is closed' : 'You left the room' }),
        element('p', { className: 'phone__hint', textContent: farewell === 'closed' ? 'Thank you for taking part.' : 'The facilitator took you out of the room.' }),
      );
      if (timerTick) clearInterval(timerTick);
      return;
    }
    const state = link.state();
    title.textContent = state.title || 'Workshop';
    const connected = link.connected();
    status.textContent = connected ? 'Connected' : 'Reconnecting… your notes are kept on this phone';
    status.dataset.connected = String(connected);
    add.disabled = !connected;

    const latest = link.lastRefusal() ?? link.notices.toArray().at(-1) ?? null;
    notice.hidden = latest === null;
    notice.textContent = latest ?? '';

    const notes = link.notes.toArray();
    notesHeading.textContent = notes.length === 0 ? 'Your notes' : `Your notes (${notes.length} of ${ROOM_LIMITS.notesPerParticipant})`;
    notesList.replaceChildren(...[...notes].reverse().map((note) => element('li', { textContent: note.text, dir: 'auto' })));

    vote.update(state.vote ?? null);

    const roomTimer = state.timer ?? null;
    if (!roomTimer) timerSeen = null;
    else if (!timerSeen || timerSeen.remainingMs !== roomTimer.remainingMs || timerSeen.running !== roomTimer.running) timerSeen = { ...roomTimer, at: performance.now() };
    timer.hidden = timerSeen === null;
    const showTimer = (): void => {
      if (timerSeen) timer.textContent = timerWords(remainingOf(timerSeen, performance.now()), timerSeen.running);
    };
    showTimer();
    if (timerSeen?.running && !timerTick) timerTick = setInterval(showTimer, 250);
    if (!timerSeen?.running && timerTick) {
      clearInterval(timerTick);
      timerTick = null;
    }
  };
  link.onChange(render);
  render();
}

/** The vote card: the question, the dots left, each item with this phone's dots on it; the result once revealed. */
function voteView(card: HTMLElement, link: RoomLink): { update(vote: RoomVote | null): void } {
  let shownVote = '';
  const counts = new Map<string, { count: HTMLElement; take: HTMLButtonElement; place: HTMLButtonElement }>();
  const left = element('p', { className: 'phone__hint' });

  const ownDots = (voteId: string): string[] => link.dots.toArray().filter((dot) => dot.voteId === voteId).map((dot) => dot.item);

  return {
    update(vote) {
      card.hidden = vote === null;
      if (!vote) {
        shownVote = '';
        return;
      }
      const key = `${vote.id}:${vote.revealed}:${vote.items.length}`;
      if (key !== shownVote) {
        shownVote = key;
        counts.clear();
        card.replaceChildren(element('h2', { className: 'phone__label', textContent: vote.question, dir: 'auto' }));
        if (vote.revealed) {
          card.append(
            element('p', { className: 'phone__hint', textContent: 'The result' }),
            element('ol', { className: 'phone__results' }, ...vote.results.map((result) => element('li', { dir: 'auto' }, element('span', { textContent: result.label }), element('strong', { textContent: `${result.count}` })))),
          );
          return;
        }
        card.append(left);
        let group = '';
        let list: HTMLElement | null = null;
        for (const item of vote.items) {
          if (item.group !== group || !list) {
            group = item.group;
            list = element('ul', { className: 'phone__items' });
            card.append(element('h3', { className: 'phone__group', textContent: group }), list);
          }
          const count = element('span', { className: 'phone__dots', ariaLabel: 'your dots' });
          const place = element('button', { className: 'phone__dot', type: 'button', textContent: '+', ariaLabel: `Place a dot on ${item.label}` });
          const take = element('button', { className: 'phone__dot phone__dot--take', type: 'button', textContent: '−', ariaLabel: `Take a dot back from ${item.label}` });
          place.addEventListener('click', () => {
            if (ownDots(vote.id).length < vote.dotsPerPerson) link.dots.push([{ voteId: vote.id, item: item.key }]);
          });
          take.addEventListener('click', () => {
            const dots = link.dots.toArray();
            for (let index = dots.length - 1; index >= 0; index -= 1) {
              if (dots[index]!.voteId === vote.id && dots[index]!.item === item.key) {
                link.dots.delete(index, 1);
                return;
              }
            }
          });
          list.append(element('li', { className: 'phone__item' }, element('span', { className: 'phone__item-label', textContent: item.label, dir: 'auto' }), count, take, place));
          counts.set(item.key, { count, take, place });
        }
      }
      if (vote.revealed) return;
      const mine = ownDots(vote.id);
      const remaining = Math.max(0, vote.dotsPerPerson - mine.length);
      left.textContent = `${remaining} of ${vote.dotsPerPerson} dots left · only you see your dots until the result is shown`;
      for (const [itemKey, view] of counts) {
        const own = mine.filter((dot) => dot === itemKey).length;
        view.count.textContent = own > 0 ? '●'.repeat(Math.min(own, 10)) : '';
        view.take.disabled = own === 0;
        view.place.disabled = remaining === 0;
      }
    },
  };
}
