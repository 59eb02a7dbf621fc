import { describe, expect, it } from 'vitest';
import { loadMapBytes } from '../../../../shared/format/loadMapBytes';
import { parse } from '../../../../shared/format/parse';
import { examples, loaded } from '../../support/fixtures';
import { onePagePdf, outsideInPdf, pdfWithAttachment } from '../../support/pdfs';

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('loadMapBytes', () => {
  it.each(examples())('reads $name from its .journey bytes and from the PDF that carries it, alike', async ({ journey }) => {
    const map = loaded(parse(journey));
    expect(await loadMapBytes(bytesOf(journey))).toEqual({ ok: true, value: map, fromPdf: false, text: journey });
    expect(await loadMapBytes(await outsideInPdf(journey))).toEqual({ ok: true, value: map, fromPdf: true, text: journey });
  });

  it('says when a PDF carries no map', async () => {
    expect(await loadMapBytes(await onePagePdf())).toEqual({
      ok: false,
      fromPdf: true,
      problems: [{ path: '$', message: 'This PDF carries no map: only PDFs exported by Outside-In can be opened.' }],
    });
  });

  it('says the broken map came from inside the PDF, where in it the problem is', async () => {
    const broken = JSON.stringify({ format: 'outside-in.journey', version: 1, map: { id: 'm', title: 'T', lanes: [], steps: [{ id: 's', laneId: 'x', title: 'S', column: 0 }] } });
    const result = await loadMapBytes(await pdfWithAttachment('t.journey', broken));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toEqual({ path: '$.map.steps[0].laneId', message: expect.stringMatching(/^The map inside the PDF cannot be read: Step "s" is in lane "x"/) });
  });

  it('reports a .journey file’s problems as before, not as a PDF’s', async () => {
    expect(await loadMapBytes(bytesOf(''))).toEqual({ ok: false, fromPdf: false, problems: [{ path: '$', message: 'The file is empty.' }] });
  });
});
