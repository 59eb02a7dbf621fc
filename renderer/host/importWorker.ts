import { doImportJob, type ImportJob } from './importWork';

// The import worker: reading a BPMN export or a PDF takes hundreds of milliseconds, which the
// page's thread never spends, so the window keeps answering while a large file is read.

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportJob>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  void doImportJob(event.data).then((answer) => scope.postMessage(answer));
};
