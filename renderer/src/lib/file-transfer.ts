import type { BerthClient, StreamHandlers } from '../../../shared/client';
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

/**
 * Downloads a file, or a folder as .tar, from a container: the stream's chunks are put together into a Blob
 * and saved under the name main gives. Resolves with that name once the browser has the file.
 */
export function downloadFromContainer(client: BerthClient, id: string, path: string, signal?: AbortSignal): Promise<string> {
  return saveDownload((handlers) => client.stream('containers.files.download', { id, path }, handlers), path, signal);
}

/** A download stream (a container's or a volume's files), saved as one file; `open` starts it and returns its cancel. */
export function saveDownload(
  open: (handlers: StreamHandlers<EventOf<'containers.files.download'>>) => () => void,
  path: string,
  signal?: AbortSignal,
): Promise<string> {
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
        saveBlob(new Blob(chunks), fileName);
        resolve(fileName);
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
