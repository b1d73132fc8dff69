import type { PortBinding } from '../../../../shared/contract/containers';
import { humanDuration, parseHumanDuration } from '../../lib/time';

/** `127.0.0.1:8080→80/tcp`, or `80/tcp` for a port that is exposed but not published. */
function formatPort(port: PortBinding): string {
  const inside = `${port.privatePort}/${port.type}`;
  if (port.publicPort === null) return inside;
  return `${port.ip ?? '0.0.0.0'}:${port.publicPort}→${inside}`;
}

export function formatPorts(ports: readonly PortBinding[]): string {
  return ports.map(formatPort).join(', ');
}

export function shortId(id: string): string {
  return id.slice(0, 12);
}

/*
 * The engine writes a container's status as of the moment it was listed ("Up 2 seconds"). Events only
 * arrive when something changes, so the wording is aged here: the duration is read back from the text,
 * the time since the row arrived is added, and it is written again the way the engine writes it.
 */

const durationPattern = /^(Up|Exited \(-?\d+\)|Restarting \(-?\d+\)) (.+?)( ago)?( \(.+\))?$/;

function agedStatus(status: string, receivedAtMs: number | undefined, nowMs: number): string {
  if (receivedAtMs === undefined) return status;
  const elapsed = (nowMs - receivedAtMs) / 1000;
  if (elapsed < 1) return status;
  const match = durationPattern.exec(status);
  if (!match) return status;
  const [, prefix, duration, ago = '', suffix = ''] = match;
  const seconds = parseHumanDuration(duration!);
  if (seconds === null) return status;
  return `${prefix} ${humanDuration(seconds + elapsed)}${ago}${suffix}`;
}

/** The status column's words: aged, and without the exit code the state chip beside it already shows. */
export function statusText(status: string, receivedAtMs: number | undefined, nowMs: number): string {
  return agedStatus(status, receivedAtMs, nowMs).replace(/^Exited \(-?\d+\) /, 'Exited ');
}
