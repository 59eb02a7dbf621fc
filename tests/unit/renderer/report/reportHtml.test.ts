import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../shared/security/contentSecurityPolicy';

it('renderer/report.html carries the same Content-Security-Policy as the workbench', () => {
  const html = readFileSync(new URL('../../../../renderer/report.html', import.meta.url), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
  expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
});
