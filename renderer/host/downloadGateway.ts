import { acceptedExtensions, acceptedMediaTypes } from '../../shared/format/importers';
import type { FileGateway } from './fileGateway';

/** The download gateway never has a file to come back to. */
type NoRef = never;

/** The upload chooser's `accept`: every extension and media type the importers read. */
export const UPLOAD_ACCEPT = [...acceptedExtensions(), ...acceptedMediaTypes()].join(',');

/** Shows the page's file chooser for a file of a type the importers read; resolves with the file, or null when cancelled. */
function chooseUpload(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = UPLOAD_ACCEPT;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

/** Hands the data to the browser as a download named `name`. */
export function download(name: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.click();
  // The browser has taken its copy once the download starts; the URL is only memory after that.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const journeyBlob = (text: string): Blob => new Blob([text], { type: 'application/json' });

/** Files where the browser offers no File System Access: open by upload, save by download. */
export function downloadGateway(): FileGateway<NoRef> {
  const refused = (): Promise<never> => Promise.reject(new DOMException('This browser cannot reach the file again.', 'NotSupportedError'));
  return {
    async pickToOpen() {
      const file = await chooseUpload();
      if (!file) return null;
      return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), stamp: file.lastModified, ref: null };
    },
    async pickToSave(suggestedName, text) {
      download(suggestedName, journeyBlob(text));
      return { name: suggestedName, stamp: Date.now(), ref: null };
    },
    async write(_ref, name, text) {
      download(name, journeyBlob(text));
      return { name, stamp: Date.now(), ref: null };
    },
    read: refused,
    stamp: refused,
    requestAccess: refused,
    same: refused,
  };
}
