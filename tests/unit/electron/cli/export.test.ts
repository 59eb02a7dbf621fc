import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseExportArguments } from '../../../../electron/cli/exportArguments';
import { findExportRoute } from '../../../../electron/cli/exportRoute';
import { EXIT } from '../../../../electron/services/export/exitStatus';
import { NO_MAP_IN_PDF } from '../../../../shared/format/pdfMap';
import { parse } from '../../../../shared/format/parse';
import { serialise } from '../../../../shared/format/serialise';
import { loaded } from '../../support/fixtures';

import { cli, example, exportVia, isRoot, recordingRoute, scratch, useScratchFolder, write } from './exportSupport';

useScratchFolder();

describe('export arguments', () => {
  it('exports to an A4 landscape PDF unless told otherwise, with absolute paths', () => {
    expect(parseExportArguments(['maps/claim.journey', '--pdf', 'out/claim.pdf'], '/home/ana')).toEqual({
      input: '/home/ana/maps/claim.journey',
      format: 'pdf',
      output: '/home/ana/out/claim.pdf',
      page: 'A4',
      orientation: 'landscape',
      scale: 2,
    });
  });

  it('reads relative paths from the folder npm was run in, not the project folder npm runs the script in', () => {
    const before = process.env.INIT_CWD;
    process.env.INIT_CWD = '/home/ana/maps';
    try {
      expect(parseExportArguments(['claim.journey', '--svg', '../claim.svg'])).toMatchObject({ input: '/home/ana/maps/claim.journey', output: '/home/ana/claim.svg' });
    } finally {
      if (before === undefined) delete process.env.INIT_CWD;
      else process.env.INIT_CWD = before;
    }
  });

  it('takes the page size in either case, portrait, and a PNG scale', () => {
    expect(parseExportArguments(['m.journey', '--pdf', 'o.pdf', '--page', 'a3', '--portrait'], '/w')).toMatchObject({ page: 'A3', orientation: 'portrait' });
    expect(parseExportArguments(['m.journey', '--png', 'o.png', '--scale', '0.5'], '/w')).toMatchObject({ format: 'png', scale: 0.5 });
    expect(parseExportArguments(['m.journey', '--png', 'o.png', '--scale=8'], '/w')).toMatchObject({ scale: 8 });
    expect(parseExportArguments(['m.journey', '--svg', 'o.svg'], '/w')).toMatchObject({ format: 'svg', output: '/w/o.svg' });
  });

  it.each([
    [['export'], /^export needs the map file to export\./],
    [['export', 'a.journey', 'b.journey', '--pdf', 'o.pdf'], /^export takes one map file\./],
    [['export', 'a.journey'], /^export needs a file to write: --pdf <file>, --png <file>, --svg <file>, --pptx <file>, --xlsx <file>, --csv <file> or --mermaid <file>\./],
    [['export', 'a.journey', '--pdf', 'o.pdf', '--svg', 'o.svg'], /^export writes one file at a time: give only one of --pdf, --svg\./],
    [['export', 'a.journey', '--pdf'], /^Option '--pdf <value>' argument missing/],
    [['export', 'a.journey', '--pdf', ''], /^--pdf needs a file name\./],
    [['export', 'a.journey', '--pdf', 'o.pdf', '--page', 'Letter'], /^Unknown page size "Letter": use A4 or A3\./],
    [['export', 'a.journey', '--png', 'o.png', '--scale', 'big'], /^--scale must be a number above 0 and at most 8 \(got "big"\)/],
    [['export', 'a.journey', '--png', 'o.png', '--scale', '0'], /^--scale must be a number above 0 and at most 8 \(got "0"\)/],
    [['export', 'a.journey', '--png', 'o.png', '--scale', '9'], /^--scale must be a number above 0 and at most 8 \(got "9"\)/],
    [['export', 'a.journey', '--png', 'o.png', '--scale', ''], /^--scale must be a number above 0 and at most 8 \(got ""\)/],
    [['export', 'a.journey', '--pdf', 'o.pdf', '--scale', '2'], /^--scale is for --png\./],
    [['export', 'a.journey', '--svg', 'o.svg', '--page', 'A3'], /^--page and --portrait are for --pdf/],
    [['export', 'a.journey', '--png', 'o.png', '--portrait'], /^--page and --portrait are for --pdf/],
    [['export', 'a.journey', '--pdf', './a.journey'], /^The output would overwrite the map itself: choose another file name\./],
    [['export', 'a.journey', '--pdf', 'o.pdf', '--landscape'], /^Unknown option '--landscape'\./],
  ])('answers %j with a line, the hint, status 2 and nothing on stdout', async (argv, message) => {
    const result = await cli(...argv);
    expect(result.status).toBe(EXIT.badInput);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('npm run --silent cli -- help');
  });

  it('is in the usage', async () => {
    const help = await cli('help');
    expect(help.stdout).toContain('export <map> --pdf <file> [--page A4|A3] [--portrait]');
    expect(help.stdout).toContain('export <map> --png <file> [--scale 2]');
    expect(help.stdout).toContain('export <map> --svg <file>');
  });
});

describe('export refuses what it cannot use before any browser starts', () => {
  const badMaps: [string, () => string, RegExp][] = [
    ['a missing map', () => join(scratch.folder, 'nowhere.journey'), /: There is no such file\.$/],
    ['text that is not JSON', () => write('text.journey', '{ nope'), /not valid JSON/],
    ['an invalid map', () => write('neg.journey', JSON.stringify({ format: 'outside-in.journey', version: 1, map: { id: 'm', title: 'T', lanes: [{ id: 'c', kind: 'journey', title: 'C' }], steps: [{ id: 's', laneId: 'c', title: 'S', column: -1 }] } })), / at \$\.map\.steps\[0\]\.column: The column of step "s" is -1/],
  ];

  it.each(badMaps)('refuses %s with the loader\'s message and status 2', async (_, path, message) => {
    const input = path();
    const output = join(scratch.folder, 'refused.pdf');
    const route = recordingRoute();
    const result = await exportVia(route.find, input, '--pdf', output);
    expect(result).toMatchObject({ status: EXIT.badInput, stdout: '' });
    expect(result.stderr.startsWith(`Cannot read ${input}`)).toBe(true);
    expect(result.stderr.split('\n')[0]).toMatch(message);
    expect(route.asked()).toBe(0);
    expect(existsSync(output)).toBe(false);
  });

  it('refuses a PDF that carries no map', async () => {
    const plain = await PDFDocument.create();
    plain.addPage();
    const input = write('plain.pdf', await plain.save());
    const route = recordingRoute();
    const result = await exportVia(route.find, input, '--svg', join(scratch.folder, 'plain.svg'));
    expect(result).toMatchObject({ status: EXIT.badInput, stdout: '', stderr: `Cannot read ${input}: ${NO_MAP_IN_PDF}\n` });
    expect(route.asked()).toBe(0);
  });

  it.each([
    ['a folder that does not exist', () => join(scratch.folder, 'no-such-folder', 'out.pdf'), () => `There is no folder ${join(scratch.folder, 'no-such-folder')}.`],
    ['a folder', () => scratch.folder, () => 'There is a folder of that name.'],
    ['a path through a file', () => join(write('plain-file', 'x'), 'out.pdf'), () => 'A part of the path is not a folder.'],
  ])('refuses to write to %s with status 2', async (_, path, reason) => {
    const output = path();
    const route = recordingRoute();
    const result = await exportVia(route.find, example('b2b-services'), '--pdf', output);
    expect(result).toEqual({ status: EXIT.badInput, stdout: '', stderr: `Cannot write ${output}: ${reason()}\n` });
    expect(route.asked()).toBe(0);
  });

  // As root every folder is writable, so this runs where the tests run as a user; the message for
  // a refused folder is checked for everyone in exportReadOnlyFolder.test.ts.
  it.runIf(!isRoot)('refuses to write into a read-only folder, as the system refuses it', async () => {
    const locked = join(scratch.folder, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    const output = join(locked, 'out.svg');
    const route = recordingRoute();
    const result = await exportVia(route.find, example('b2b-services'), '--svg', output);
    expect(result).toEqual({ status: EXIT.badInput, stdout: '', stderr: `Cannot write ${output}: Permission denied: you are not allowed to write to this folder.\n` });
    expect(readdirSync(locked)).toEqual([]);
    expect(route.asked()).toBe(0);
  });

  it('refuses an output that is the map itself under another name', async () => {
    const input = write('self.journey', readFileSync(example('b2b-services')));
    const alias = join(scratch.folder, 'alias.pdf');
    symlinkSync(input, alias);
    const route = recordingRoute();
    // A UsageError, which runCli answers with status 2 and the hint.
    await expect(exportVia(route.find, input, '--pdf', alias)).rejects.toThrow(/^The output would overwrite the map itself/);
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(example('b2b-services'), 'utf8'));
    expect(route.asked()).toBe(0);
  });

  it('names CHROMIUM_PATH when there is no browser to print with, and writes nothing', async () => {
    const output = join(scratch.folder, 'nobrowser.pdf');
    const none = await exportVia(findExportRoute({ env: { PATH: '' } }), example('b2b-services'), '--pdf', output);
    expect(none).toMatchObject({ status: EXIT.failure, stdout: '' });
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
    expect(none.stderr).toContain('set CHROMIUM_PATH');
    const wrong = await exportVia(findExportRoute({ env: { PATH: '', CHROMIUM_PATH: '/nowhere/chromium' } }), example('b2b-services'), '--pdf', output);
    expect(wrong).toMatchObject({ status: EXIT.failure, stdout: '', stderr: expect.stringMatching(/^CHROMIUM_PATH is set to \/nowhere\/chromium, which is not a program/) });
    expect(existsSync(output)).toBe(false);
  });

  it('gives the printer the map as saved, the page and orientation, and leaves no temp file', async () => {
    const route = recordingRoute();
    const output = join(scratch.folder, 'fake', 'claim.pdf');
    mkdirSync(join(scratch.folder, 'fake'));
    const result = await exportVia(route.find, example('home-insurance-claim'), '--pdf', output, '--page', 'A3', '--portrait');
    expect(result).toEqual({ status: EXIT.ok, stdout: '', stderr: '' });
    expect(route.jobs).toHaveLength(1);
    const map = loaded(parse(readFileSync(example('home-insurance-claim'), 'utf8')));
    expect(route.jobs[0]).toEqual({ journeyText: serialise(map), format: 'pdf', options: { page: 'A3', orientation: 'portrait' }, scale: 2 });
    expect(readdirSync(join(scratch.folder, 'fake'))).toEqual(['claim.pdf']);
  });
});

