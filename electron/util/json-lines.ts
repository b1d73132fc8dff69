/** A feeder for newline-delimited JSON arriving in arbitrary chunks; lines that are not JSON are skipped. */
export function jsonLines<T>(onValue: (value: T) => void): (chunk: Buffer | string) => void {
  let tail = '';
  return (chunk) => {
    tail += chunk.toString();
    let newline: number;
    while ((newline = tail.indexOf('\n')) >= 0) {
      const line = tail.slice(0, newline).trim();
      tail = tail.slice(newline + 1);
      if (!line) continue;
      let value: T;
      try {
        value = JSON.parse(line) as T;
      } catch {
        continue;
      }
      onValue(value);
    }
  };
}
