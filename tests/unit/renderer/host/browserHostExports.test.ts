import { describe, expect, it } from 'vitest';
import { createBrowserHost } from '../../../../renderer/host/browserHost';
import type { BrowserStorage } from '../../../../renderer/host/browserStorage';
import type { ExportGateway } from '../../../../renderer/host/exportGateway';
import type { FileGateway } from '../../../../renderer/host/fileGateway';
import { succeed } from '../../../../shared/host/hostResult';
import type { ReportOptions } from '../../../../shared/report/reportOptions';
import { fixtureText } from '../../support/fixtures';

// The browser edition's exports, over a gateway that records what it was asked to save or print.

const MAP_TEXT = fixtureText('examples', 'home-insurance-claim.journey');
const unused = (): Promise<never> => Promise.reject(new Error('not used by exports'));
const storage: BrowserStorage = { get: unused, put: unused, delete: unused, values: unused, entries: unused };
const files: FileGateway<never> = { pickToOpen: unused, pickToSave: unused, write: unused, read: unused, stamp: unused, requestAccess: unused, same: unused };

function recordingGateway(savedAs: string | null = 'chosen.png') {
  const saved: { kind: string; bytes: Uint8Array; name: string }[] = [];
  const printed: { text: string; options: ReportOptions }[] = [];
  const gateway: ExportGateway = {
    saveFile: async (kind, bytes, name) => {
      saved.push({ kind, bytes, name });
      return savedAs;
    },
    printReport: async (text, options) => {
      printed.push({ text, options });
      return succeed(null);
    },
  };
  return { gateway, saved, printed };
}

describe('the browser edition’s exports', () => {
  it('saves an image under the map’s name with the image’s extension, and answers the name saved under', async () => {
    const { gateway, saved } = recordingGateway();
    const host = createBrowserHost({ storage, files, exports: gateway });
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    expect(await host['export:save']({ kind: 'png', bytes, suggestedName: 'home-insurance-claim.journey' })).toEqual({ ok: true, value: 'chosen.png' });
    expect(saved).toEqual([{ kind: 'png', bytes, name: 'home-insurance-claim.png' }]);
  });

  it('saves the map’s data for other tools the same way, each with its own extension', async () => {
    const { gateway, saved } = recordingGateway('claim.xlsx');
    const host = createBrowserHost({ storage, files, exports: gateway });
    const bytes = new Uint8Array([0x50, 0x4b]);
    for (const kind of ['xlsx', 'csv', 'mmd'] as const) expect(await host['export:save']({ kind, bytes, suggestedName: 'claim.journey' })).toEqual({ ok: true, value: 'claim.xlsx' });
    expect(saved.map((entry) => [entry.kind, entry.name])).toEqual([
      ['xlsx', 'claim.xlsx'],
      ['csv', 'claim.csv'],
      ['mmd', 'claim.mmd'],
    ]);
  });

  it('answers null when the save picker is closed', async () => {
    const host = createBrowserHost({ storage, files, exports: recordingGateway(null).gateway });
    expect(await host['export:save']({ kind: 'svg', bytes: new Uint8Array([60]), suggestedName: 'claim' })).toEqual({ ok: true, value: null });
  });

  it('hands the map and the sheet to the report tab, and answers null: the browser’s print dialog saves the PDF', async () => {
    const { gateway, printed } = recordingGateway();
    const host = createBrowserHost({ storage, files, exports: gateway });
    expect(await host['export:pdf']({ text: MAP_TEXT, options: { page: 'A3', orientation: 'portrait' }, suggestedName: 'claim' })).toEqual({ ok: true, value: null });
    expect(printed).toEqual([{ text: MAP_TEXT, options: { page: 'A3', orientation: 'portrait' } }]);
  });

  it('refuses what the contract refuses, before saving or printing anything', async () => {
    const { gateway, saved, printed } = recordingGateway();
    const host = createBrowserHost({ storage, files, exports: gateway });
    const badSheet = { page: 'Letter', orientation: 'landscape' } as unknown as ReportOptions;
    expect(await host['export:pdf']({ text: MAP_TEXT, options: badSheet, suggestedName: 'claim' })).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    expect(await host['export:save']({ kind: 'gif' as 'png', bytes: new Uint8Array([1]), suggestedName: 'claim' })).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    expect([saved, printed]).toEqual([[], []]);
  });

  it('says it cannot export where no export gateway was given', async () => {
    const host = createBrowserHost({ storage, files });
    expect(await host['export:save']({ kind: 'svg', bytes: new Uint8Array([60]), suggestedName: 'claim' })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('turns a gateway that throws into a plain failure', async () => {
    const gateway: ExportGateway = {
      saveFile: () => Promise.reject(new DOMException('no', 'NotAllowedError')),
      printReport: unused,
    };
    const host = createBrowserHost({ storage, files, exports: gateway });
    expect(await host['export:save']({ kind: 'png', bytes: new Uint8Array([1]), suggestedName: 'claim' })).toEqual({
      ok: false,
      error: { code: 'permission-denied', message: 'The browser did not allow saving the image.' },
    });
  });
});
