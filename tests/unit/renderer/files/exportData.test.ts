import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importFile } from '../../../../shared/format/importers';
import type { HostResult } from '../../../../shared/host/hostResult';
import type { SavedExportKind } from '../../../../shared/host/hostApi';
import { exportData } from '../../../../renderer/files/exportDocument';
import { openMap } from '../../../../renderer/files/openFile';
import { useSessionStore } from '../../../../renderer/store/sessionStore';
import { claimMap } from '../../shared/edit/editSupport';
import { enabled } from '../support/commands';

// File ▸ Export ▸ Excel…, CSV… and Mermaid…: the bytes the page makes are what the host saves, and
// they open again as the map.

const saved: { kind: SavedExportKind; bytes: Uint8Array; suggestedName: string }[] = [];
let answer: HostResult<string | null> = { ok: true, value: 'claim.xlsx' };

beforeEach(() => {
  saved.length = 0;
  answer = { ok: true, value: 'claim.xlsx' };
  const save = async (request: { kind: SavedExportKind; bytes: Uint8Array; suggestedName: string }) => {
    saved.push(request);
    return answer;
  };
  vi.stubGlobal('window', { outsideIn: { version: 'test', host: { 'export:save': save }, onHostMessage: () => () => undefined } });
  openMap(claimMap(), { handle: 'h1', fileName: 'claim.journey' });
  useSessionStore.getState().notify(null);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('exporting the map’s data', () => {
  it('hands the host an Excel workbook that opens again as the same map, and says it was saved', async () => {
    expect(await exportData('xlsx')).toBe(true);
    expect(saved.map((request) => [request.kind, request.suggestedName])).toEqual([['xlsx', 'claim.journey']]);
    const back = await importFile(saved[0]!.bytes, 'claim.xlsx');
    if (!back.ok) expect.fail(JSON.stringify(back.problems));
    expect(back.map.steps.map((step) => step.id).sort()).toEqual(claimMap().steps.map((step) => step.id).sort());
    expect(useSessionStore.getState().notice).toBe('Exported “claim.xlsx”.');
  });

  it('says what a CSV leaves for the workbook, and writes a Mermaid journey', async () => {
    answer = { ok: true, value: 'claim.csv' };
    expect(await exportData('csv')).toBe(true);
    expect(useSessionStore.getState().notice).toBe('Exported “claim.csv”: the steps, one a row. Export Excel to take the stages’ columns, personas and opportunities too.');
    answer = { ok: true, value: 'claim.mmd' };
    expect(await exportData('mmd')).toBe(true);
    expect(new TextDecoder().decode(saved[1]!.bytes)).toMatch(/^journey\n/);
  });

  it('says nothing was saved when the person cancels, and the host’s words when it fails', async () => {
    answer = { ok: true, value: null };
    expect(await exportData('xlsx')).toBe(false);
    expect(useSessionStore.getState().notice).toBe(null);
    answer = { ok: false, error: { code: 'write-failed', message: 'The disk is full.' } };
    expect(await exportData('csv')).toBe(false);
    expect(useSessionStore.getState().notice).toBe('The disk is full.');
  });

  it('is offered for a map with lanes', () => {
    for (const id of ['file.exportXlsx', 'file.exportCsv', 'file.exportMermaid'] as const) expect(enabled(id), id).toBe(true);
  });
});
