import type { StreamHandlers } from '../../../shared/client';
import type { EventOf } from '../../../shared/contract';
import { BerthError } from '../../../shared/contract/errors';

/** The contract's cap on one uploaded file (base64 is 4/3 of the bytes). */
export const MAX_UPLOAD_BYTES = Math.floor((16 * 1024 * 1024 * 3) / 4);

/** base64 → bytes, in the browser. */
function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A file's contents as base64 (FileReader's data URL, without its prefix). */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** A file (or a folder as .tar) read from a download stream: the name main gives it, and its bytes. */
export interface DownloadedFile {
  fileName: string;
  blob: Blob;
}

/** A download stream (a container's or a volume's files) put together into one Blob; `open` starts it and returns its cancel. */
export function readDownload(
  open: (handlers: StreamHandlers<EventOf<'containers.files.download'>>) => () => void,
  path: string,
  signal?: AbortSignal,
): Promise<DownloadedFile> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    let fileName = path.split('/').filter(Boolean).pop() ?? 'download';
    const cancel = open({
      onEvent: (event) => {
        if ('fileName' in event) fileName = event.fileName;
        else chunks.push(base64ToBytes(event.chunkBase64));
      },
      onEnd: (error) => {
        if (error) return reject(error);
        resolve({ fileName, blob: new Blob(chunks) });
      },
    });
    signal?.addEventListener('abort', () => {
      cancel();
      reject(new BerthError('CANCELLED', 'The download was cancelled.'));
    });
  });
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
