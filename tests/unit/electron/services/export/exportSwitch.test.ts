import { describe, expect, it } from 'vitest';
import type { ReportExportRequest } from '../../../../../electron/services/export/exportRequest';
import { EXPORT_SWITCH, exportModeArgument, exportSwitch } from '../../../../../electron/services/export/exportSwitch';

/** A PDF export of a map, or as far as `overrides` say otherwise. */
const request = (overrides: Partial<ReportExportRequest> = {}): ReportExportRequest => ({
  input: '/maps/home-insurance-claim.journey',
  format: 'pdf',
  output: '/maps/out.pdf',
  page: 'A4',
  orientation: 'landscape',
  scale: 2,
  ...overrides,
});

describe('the export switch', () => {
  it('is not there on an ordinary start, which opens the editor', () => {
    expect(exportModeArgument(['/opt/outside-in/outside-in', 'map.journey', '--no-sandbox'])).toEqual({ kind: 'none' });
  });

  it('carries a request through base64url intact, whatever characters its paths hold', () => {
    const odd = request({ input: '/maps/Ünïcode "quoted" --pdf=evil & spaces.journey', format: 'png', scale: 1.5 });
    const argument = exportSwitch(odd);
    expect(argument.startsWith(EXPORT_SWITCH)).toBe(true);
    expect(argument.slice(EXPORT_SWITCH.length)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(exportModeArgument(['electron', 'main.cjs', argument])).toEqual({ kind: 'export', request: odd });
  });

  it.each([
    ['not base64url JSON', `${EXPORT_SWITCH}%%%`, 'The export request is not readable (expected base64url JSON).'],
    ['an unknown format', exportSwitch({ ...request(), format: 'gif' as 'png' }), 'The export request is not valid at format'],
    ['a page size the report has no layout for', exportSwitch({ ...request(), page: 'Letter' as 'A4' }), 'The export request is not valid at page'],
    ['a scale of 0', exportSwitch(request({ scale: 0 })), 'The export request is not valid at scale'],
    ['a field it does not know', exportSwitch({ ...request(), overwrite: true } as ReportExportRequest), 'The export request is not valid at its top'],
  ])('is refused with a sentence when it holds %s', (_, argument, message) => {
    const read = exportModeArgument([argument]);
    expect(read.kind).toBe('invalid');
    expect(read.kind === 'invalid' && read.message).toContain(message);
  });
});

