import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { EXIT } from '../../../../electron/services/export/exitStatus';
import { example, exportVia, recordingRoute, scratch, useScratchFolder } from './exportSupport';

// A folder the system will not let us write into, whoever runs the tests and wherever the
// checkout lives: the system's answer for folders named "locked" is EACCES, as it is for a
// read-only folder of a user (root writes anywhere, and a private checkout keeps other users
// from running the code at all).
vi.mock('node:fs/promises', async (original) => {
  const real = await original<typeof import('node:fs/promises')>();
  const denied = (path: unknown): boolean => String(path).endsWith('/locked') || String(path).includes('/locked/');
  const refuse = (): never => {
    throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
  };
  return {
    ...real,
    access: async (path: Parameters<typeof real.access>[0], mode?: number) => (denied(path) ? refuse() : real.access(path, mode)),
    open: async (path: Parameters<typeof real.open>[0], ...rest: unknown[]) => (denied(path) ? refuse() : (real.open as (...args: unknown[]) => ReturnType<typeof real.open>)(path, ...rest)),
  };
});

useScratchFolder();

describe('export into a folder it may not write to', () => {
  it('refuses before any browser starts, in plain words, and writes nothing', async () => {
    const locked = join(scratch.folder, 'locked');
    mkdirSync(locked);
    const output = join(locked, 'out.svg');
    const route = recordingRoute();
    const result = await exportVia(route.find, example('b2b-services'), '--svg', output);
    expect(result).toEqual({ status: EXIT.badInput, stdout: '', stderr: `Cannot write ${output}: Permission denied: you are not allowed to write to this folder.\n` });
    expect(readdirSync(locked)).toEqual([]);
    expect(route.asked()).toBe(0);
  });
});
