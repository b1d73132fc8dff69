import type { TFunction } from 'i18next';
import type { PortBinding } from '../../../../shared/contract/containers';
import { uiLanguage } from '../../lib/locale';
import { formatDuration, humanDuration, parseHumanDuration } from '../../lib/time';

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
 * the time since the row arrived is added, and it is written again: in English the way the engine writes it
 * (go-units' HumanDuration), in other languages from the locale's own duration words.
 */

const durationPattern = /^(Up|Exited \(-?\d+\)|Restarting \(-?\d+\)) (.+?)( ago)?( \(.+\))?$/;

/** Today's English aging of a status Berth does not know the shape of: passed through as the engine wrote it. */
function agedStatus(status: string, elapsed: number): string {
  if (elapsed < 1) return status;
  const match = durationPattern.exec(status);
  if (!match) return status;
  const [, prefix, duration, ago = '', suffix = ''] = match;
  const seconds = parseHumanDuration(duration!);
  if (seconds === null) return status;
  return `${prefix} ${humanDuration(seconds + elapsed)}${ago}${suffix}`;
}

const notes = { healthy: 'healthy', unhealthy: 'unhealthy', 'health: starting': 'starting', Paused: 'paused' } as const;

type ParsedStatus =
  | { kind: 'up'; duration: string; note: (typeof notes)[keyof typeof notes] | 'none' }
  | { kind: 'exited'; code: number; duration: string }
  | { kind: 'restarting'; code: number; duration: string }
  | { kind: 'other'; key: 'created' | 'dead' | 'removing' };

/** The shapes of docker's State.String(); anything else (another engine's words) is null. */
function parseStatus(status: string): ParsedStatus | null {
  if (status === 'Created') return { kind: 'other', key: 'created' };
  if (status === 'Dead') return { kind: 'other', key: 'dead' };
  if (status === 'Removal In Progress') return { kind: 'other', key: 'removing' };
  const up = /^Up (.+?)(?: \((healthy|unhealthy|health: starting|Paused)\))?$/.exec(status);
  if (up) return { kind: 'up', duration: up[1]!, note: up[2] ? notes[up[2] as keyof typeof notes] : 'none' };
  const ended = /^(Exited|Restarting) \((-?\d+)\) (.+) ago$/.exec(status);
  if (!ended) return null;
  const [, kind, code, duration] = ended;
  return { kind: kind === 'Exited' ? 'exited' : 'restarting', code: Number(code), duration: duration! };
}

/**
 * A status in the UI language, aged by `elapsed` seconds; `withCode` keeps an exited container's exit code.
 * English is exactly the engine's own wording (aged); a status of an unknown shape stays the engine's.
 */
function wordStatus(t: TFunction, status: string, elapsed: number, withCode: boolean): string {
  const fallback = () => {
    const aged = agedStatus(status, elapsed);
    return withCode ? aged : aged.replace(/^Exited \(-?\d+\) /, 'Exited ');
  };
  const parsed = parseStatus(status);
  if (!parsed) return fallback();
  if (parsed.kind === 'other') return t(`status.${parsed.key}`);
  const seconds = parseHumanDuration(parsed.duration);
  if (seconds === null) return fallback();
  const aged = elapsed >= 1;
  const duration = uiLanguage() === 'en' ? (aged ? humanDuration(seconds + elapsed) : parsed.duration) : formatDuration(aged ? seconds + elapsed : seconds);
  if (parsed.kind === 'up') return t('status.up', { duration, note: parsed.note });
  if (parsed.kind === 'restarting') return t('status.restarting', { duration, code: parsed.code });
  return withCode ? t('status.exitedCode', { duration, code: parsed.code }) : t('status.exited', { duration });
}

/** The status column's words: aged, and without the exit code the state chip beside it already shows. */
export function statusText(t: TFunction, status: string, receivedAtMs: number | undefined, nowMs: number): string {
  const elapsed = receivedAtMs === undefined ? 0 : (nowMs - receivedAtMs) / 1000;
  return wordStatus(t, status, elapsed, false);
}

/** The engine's status as it was listed, in the UI language (in English exactly the engine's text). */
export function engineStatusText(t: TFunction, status: string): string {
  return wordStatus(t, status, 0, true);
}
