import { formatNumber } from './locale';

const units = ['B', 'kB', 'MB', 'GB', 'TB'];

/**
 * Bytes the way docker writes them (powers of 1000, one decimal under 10): 0 B, 512 B, 1.5 kB, 23 MB. The number
 * follows the UI locale; the units are docker's in every language (they are what `docker images` prints).
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${formatNumber(value, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false })} ${units[unit]}`;
}

/** Binary units for memory, as `docker stats` shows it: 12.3MiB / 1.94GiB. */
export function formatMemory(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  const binary = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < binary.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${formatNumber(value, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false })} ${binary[unit]}`;
}
