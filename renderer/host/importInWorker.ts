import type { ImportedFile } from '../../shared/format/importers';
import { doImportJob, importerById, type ImportAnswer, type ImportJob } from './importWork';

/** A job running in the import worker: its answer, and a way to stop it (the person cancelled). */
export interface RunningImport {
  readonly answer: Promise<ImportAnswer>;
  cancel(): void;
}

const CANCELLED: ImportAnswer = { ok: false, importerId: null, problems: [{ path: '$', message: 'The import was cancelled.' }] };

/**
 * Runs an import job in a worker of its own, ended when it answers or is cancelled. Where no worker
 * can start (a test without one), the job runs on the page.
 */
export function runImportJob(job: ImportJob): RunningImport {
  if (typeof Worker === 'undefined') return { answer: doImportJob(job), cancel: () => {} };
  let settle: (answer: ImportAnswer) => void = () => {};
  const answer = new Promise<ImportAnswer>((resolve) => (settle = resolve));
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  const end = (result: ImportAnswer): void => {
    worker.terminate();
    settle(result);
  };
  worker.onmessage = (event: MessageEvent<ImportAnswer>) => end(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    end({ ok: false, importerId: null, problems: [{ path: '$', message: `The file could not be read: ${event.message || 'the reader stopped'}.` }] });
  };
  worker.postMessage(job);
  return { answer, cancel: () => end(CANCELLED) };
}

/** Reads a file of any type Outside-In opens, in the worker: `importFile`, off the page's thread. */
export async function importInWorker(bytes: Uint8Array, name: string): Promise<ImportedFile> {
  const answer = await runImportJob({ kind: 'read', bytes, name }).answer;
  const importer = importerById(answer.importerId);
  if (answer.ok && answer.kind === 'read' && importer) return { ok: true, importer, map: answer.map, journeyText: answer.journeyText, findings: answer.findings };
  return { ok: false, importer, problems: answer.ok ? [{ path: '$', message: 'The file could not be read.' }] : answer.problems };
}
