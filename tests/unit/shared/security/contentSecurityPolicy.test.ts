import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, PARTICIPANT_POLICY } from '../../../../shared/security/contentSecurityPolicy';

it('renderer/index.html carries the same Content-Security-Policy the server sends', () => {
  const html = readFileSync(new URL('../../../../renderer/index.html', import.meta.url), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
  expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
});

it('renderer/participant.html carries the policy the room sends with it, but for frame-ancestors, which a meta tag cannot carry', () => {
  const html = readFileSync(new URL('../../../../renderer/participant.html', import.meta.url), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
  expect(meta?.[1]).toBe(PARTICIPANT_POLICY.replace(" frame-ancestors 'none';", ''));
  expect(PARTICIPANT_POLICY).toContain("frame-ancestors 'none'");
});
