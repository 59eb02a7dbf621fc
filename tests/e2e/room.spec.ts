import { expect, test, type Browser, type Page, type WebSocketRoute } from '@playwright/test';
import { projectFile, WorkbenchPage } from './support/workbenchPage';

// The room joins in: the facilitator's window opens a room on this computer (127.0.0.1 only, as
// every test), two phones join from their own browser contexts, add notes and vote in secret, the
// reveal brings their dots into the map, and a phone that loses its connection comes back without
// losing or repeating anything.

const INSURANCE = projectFile('tests/fixtures/examples/home-insurance-claim.journey');

/** A phone: its own browser context (no shared storage with the facilitator), a phone's screen. */
async function phone(browser: Browser, address: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(address);
  return page;
}

async function join(page: Page, code: string, name: string): Promise<void> {
  await page.getByLabel('Room code').fill(code);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByRole('status')).toHaveText('Connected');
}

async function addNote(page: Page, text: string): Promise<void> {
  await page.getByLabel('Add a note').fill(text);
  await page.getByRole('button', { name: 'Add note' }).click();
}

test('two phones join a room, add notes and vote in secret; the reveal brings their dots into the map', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const workbench = new WorkbenchPage(page);
  await workbench.goto();
  await workbench.load(INSURANCE);
  await workbench.run('room.close');

  // Open the room: on this computer only, with names asked.
  expect(await workbench.run('room.open')).toBe(true);
  const dialog = page.getByRole('dialog', { name: 'Open a room for the phones' });
  await expect(dialog.getByRole('radio', { name: /127\.0\.0\.1/ })).toBeChecked();
  await dialog.getByRole('checkbox', { name: 'Ask for names' }).check();
  await dialog.getByRole('button', { name: 'Open room' }).click();
  const panel = page.getByRole('region', { name: 'Join from your phone' });
  await expect(panel.getByRole('img', { name: /QR code/ })).toBeVisible();
  const address = (await panel.locator('.room-panel__address').textContent())!;
  const code = (await panel.locator('.room-panel__code').textContent())!.replace(' ', '');
  expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  await page.screenshot({ path: 'test-results/screenshots/room-projector-1280.png' });

  const ana = await phone(browser, address);
  await join(ana, code, 'Ana');
  const ben = await phone(browser, `${address}?code=${code}`);
  // The QR code's address fills in the code: only the name is left to type.
  await expect(ben.getByLabel('Room code')).toHaveValue(code);
  await join(ben, code, 'Ben');
  await expect(panel).toContainText('2 of 2 people connected');
  await expect(panel.getByRole('list', { name: 'People in the room' })).toContainText('Ana');

  // Notes land in the parking lot, with their author (names were asked), each once.
  await addNote(ana, 'The roofer list is out of date');
  await addNote(ben, 'Offer a video assessment');
  await expect.poll(async () => (await workbench.map())!.notes?.map((note) => `${note.author}: ${note.text}`).sort()).toEqual(['Ana: The roofer list is out of date', 'Ben: Offer a video assessment']);
  await expect(ana.getByRole('region', { name: 'Your notes' })).toContainText('The roofer list is out of date');
  await expect(ana.getByRole('region', { name: 'Your notes' })).not.toContainText('video assessment');
  await page.screenshot({ path: 'test-results/screenshots/room-projector-joined-1280.png' });
  // On the projector, with the room's chip and a running timer in the toolbar, the map's title
  // keeps its room: the file commands fold into File ▾.
  expect(await workbench.run('timer.start')).toBe(true);
  const timerDialog = page.getByRole('dialog', { name: 'Start a timer' });
  await timerDialog.getByRole('button', { name: '5 min', exact: true }).click();
  await expect(timerDialog).toBeHidden();
  await expect(workbench.toolbar.getByRole('button', { name: 'File' })).toBeVisible();
  await expect(workbench.toolbar.getByRole('button', { name: 'Import…' })).toBeHidden();
  expect(await page.locator('.toolbar__title').evaluate((title) => title.scrollWidth <= title.clientWidth)).toBe(true);
  await page.screenshot({ path: 'test-results/screenshots/room-toolbar-timer-1280.png' });
  expect(await workbench.run('timer.stop')).toBe(true);
  await expect(workbench.toolbar.getByRole('button', { name: 'File' })).toBeVisible();

  // A batch of phone notes is an ordinary change of the map: undone and redone like any other.
  expect(await workbench.run('history.undo')).toBe(true);
  await expect.poll(async () => (await workbench.map())!.notes?.length ?? 0).toBeLessThan(2);
  expect(await workbench.run('history.redo')).toBe(true);
  await expect.poll(async () => (await workbench.map())!.notes?.length ?? 0).toBe(2);

  // A vote: the phones see its items (titles only) and their own dots, never each other's.
  await page.getByRole('button', { name: 'Hide' }).click();
  expect(await workbench.run('vote.start')).toBe(true);
  const start = page.getByRole('dialog', { name: 'Start a vote' });
  await start.getByLabel('People voting').fill('1');
  await start.getByRole('button', { name: 'Start' }).click();
  const anaVote = ana.getByRole('region', { name: 'Vote' });
  await expect(anaVote).toContainText('Where should we act first?');
  await expect(anaVote).toContainText('3 of 3 dots left');
  await anaVote.getByRole('button', { name: 'Place a dot on Gap · Before · Storm damages the roof' }).click();
  await anaVote.getByRole('button', { name: 'Place a dot on Gap · Before · Storm damages the roof' }).click();
  await anaVote.getByRole('button', { name: 'Place a dot on Waits for the assessor' }).click();
  await expect(anaVote).toContainText('0 of 3 dots left');
  // A fourth dot cannot be placed.
  await expect(anaVote.getByRole('button', { name: 'Place a dot on Calls the insurer' })).toBeDisabled();
  const benVote = ben.getByRole('region', { name: 'Vote' });
  await benVote.getByRole('button', { name: 'Place a dot on Gap · Before · Storm damages the roof' }).click();
  await expect(benVote).toContainText('2 of 3 dots left');
  await ana.screenshot({ path: 'test-results/screenshots/room-phone-vote-390.png' });
  // The facilitator's screen counts voters, never their dots.
  await expect(page.getByRole('region', { name: 'Vote' })).toContainText('Phones: 2 people have voted');
  expect((await workbench.map())!.votes![0]!.dots).toEqual([]);

  expect(await workbench.run('vote.reveal')).toBe(true);
  await expect.poll(async () => (await workbench.map())!.votes![0]!.revealed).toBe(true);
  const vote = (await workbench.map())!.votes![0]!;
  expect(vote.dots).toEqual(
    expect.arrayContaining([
      { target: { kind: 'gap', stepId: 'c1' }, count: 3 },
      { target: { kind: 'step', stepId: 'c5' }, count: 1 },
    ]),
  );
  expect(vote.people).toBeGreaterThanOrEqual(2);
  await expect(ana.getByRole('region', { name: 'Vote' })).toContainText('The result');
  await expect(ben.getByRole('region', { name: 'Vote' }).getByRole('listitem').first()).toContainText('Gap · Before · Storm damages the roof3');
  await ben.screenshot({ path: 'test-results/screenshots/room-phone-result-390.png' });
  await ana.context().close();
  await ben.context().close();
  expect(await workbench.run('room.close')).toBe(true);
  await expect(page.getByRole('status')).toContainText('The room is closed');
});

test('a phone that loses its connection says so, comes back by itself, and its notes arrive once', async ({ page, browser }) => {
  test.setTimeout(60_000);
  const workbench = new WorkbenchPage(page);
  await workbench.goto();
  await workbench.load(INSURANCE);
  // The server of the browser edition outlives a page: a room left open by a test before is closed.
  await workbench.run('room.close');
  expect(await workbench.run('room.open')).toBe(true);
  await page.getByRole('dialog', { name: 'Open a room for the phones' }).getByRole('button', { name: 'Open room' }).click();
  const panel = page.getByRole('region', { name: 'Join from your phone' });
  const address = (await panel.locator('.room-panel__address').textContent())!;
  const code = (await panel.locator('.room-panel__code').textContent())!.replace(' ', '');
  const cara = await phone(browser, address);
  // The phone's connections pass through the test, which can cut them as a lost network would.
  let offline = false;
  const open = new Set<WebSocketRoute>();
  await cara.routeWebSocket(/\/sync\//, (socket) => {
    if (offline) return void socket.close({ code: 4000, reason: 'no network' });
    socket.connectToServer();
    open.add(socket);
  });
  await join(cara, code, '');
  await addNote(cara, 'Before the break');

  // The network goes: the page says so and keeps its notes; it reconnects by itself once it is back.
  offline = true;
  for (const socket of open) await socket.close({ code: 4000, reason: 'no network' });
  open.clear();
  await expect(cara.getByRole('status')).toContainText('Reconnecting');
  await expect(cara.getByRole('button', { name: 'Add note' })).toBeDisabled();
  offline = false;
  await expect(cara.getByRole('status')).toHaveText('Connected');
  await addNote(cara, 'After the break');
  // A reload (the phone's browser dropped the tab) keeps the membership: the same notes, no second copy.
  await cara.reload();
  await expect(cara.getByRole('status')).toHaveText('Connected');
  await expect(cara.getByRole('region', { name: 'Your notes' }).getByRole('listitem')).toHaveCount(2);
  await expect.poll(async () => (await workbench.map())!.notes?.map((note) => note.text).sort()).toEqual(['After the break', 'Before the break']);
  // Anonymous (names were not asked): no author is stored.
  expect((await workbench.map())!.notes!.every((note) => note.author === undefined)).toBe(true);

  // Taken out by the facilitator (the code has been on screen since the room opened): the phone is told.
  await panel.getByRole('button', { name: 'Remove' }).click();
  await expect(cara.getByRole('heading', { name: 'You left the room' })).toBeVisible();
  await expect(panel).toContainText('Nobody has joined yet');

  // Closing the room: nothing listens any more.
  await panel.getByRole('button', { name: 'Close room' }).click();
  await expect(panel).toBeHidden();
  await expect(page.request.get(address).then((response) => response.status())).rejects.toThrow();
  await cara.context().close();
});
