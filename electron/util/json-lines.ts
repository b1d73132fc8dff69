import { lineSplitter } from './lines.js';

/** A feeder for newline-delimited JSON arriving in arbitrary chunks; lines that are not JSON are skipped. */
export function jsonLines<T>(onValue: (value: T) => void): (chunk: Buffer | string) => void {
  const split = lineSplitter((raw) => {
    const line = raw.trim();
    if (!line) return;
    let value: T;
    try {
      value = JSON.parse(line) as T;
    } catch {
      return;
    }
    onValue(value);
  });
  return (chunk) => split.push(chunk);
}
