import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deckBytes } from '../../../../../electron/services/export/deckBytes';
import { parse } from '../../../../../shared/format/parse';
import { fixtureText, loaded } from '../../../support/fixtures';
import { template } from '../../../support/templates';

// LibreOffice Impress opens the deck as a consultant's slide program would; without it (it is not
// a dependency of the project) the deck's XML is still read back by deckBytes.test.ts.
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const folder = mkdtempSync(join(tmpdir(), 'outside-in-deck-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe.skipIf(!soffice)('the deck in LibreOffice Impress (skipped: soffice is not installed)', () => {
  it('opens with one page per slide and its text readable', async () => {
    const map = template('home-insurance-claim');
    const deck = join(folder, 'home.pptx');
    writeFileSync(deck, await deckBytes(map, '2026-11-22'));
    execFileSync('soffice', [`-env:UserInstallation=file://${join(folder, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, deck], { stdio: 'ignore', timeout: 120_000 });
    const pdf = join(folder, 'home.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1];
    expect(Number(pages)).toBe(6 + map.stages.length);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const words of ['What the map shows', 'The whole journey at a glance', 'Waits for the', 'The gaps, most severe first', 'How the customer feels', 'What the organisation could do']) expect(text).toContain(words);
  }, 150_000);

  it('opens a deck exported from the compare view with its What changed pages', async () => {
    const before = loaded(parse(fixtureText('compare', 'home-insurance-as-is.journey')));
    const after = loaded(parse(fixtureText('compare', 'home-insurance-to-be.journey')));
    const deck = join(folder, 'compare.pptx');
    writeFileSync(deck, await deckBytes(after, '2026-12-06', { before, beforeName: 'As-is, workshop 1', afterName: 'To-be' }));
    execFileSync('soffice', [`-env:UserInstallation=file://${join(folder, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, deck], { stdio: 'ignore', timeout: 120_000 });
    const pdf = join(folder, 'compare.pdf');
    const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1];
    expect(Number(pages)).toBe(6 + 2 + after.stages.length);
    const text = execFileSync('pdftotext', ['-f', '4', '-l', '5', '-layout', pdf, '-'], { encoding: 'utf8' });
    for (const words of ['WHAT CHANGED · 1 OF 2', 'As-is, workshop 1 → To-be', 'Closed', 'Opened', 'Shrunk', 'The steps that changed', 'Month-end reserve booking', 'was “Waits for the']) expect(text).toContain(words);
  }, 150_000);
});
