import type { PortBinding } from '../../../../shared/contract/containers';

/** A published port as the list shows it, and where it opens in a browser. */
export interface PortLink {
  /** `127.0.0.1:32768→80`; the protocol only when it is not tcp, the address only when it is not "all". */
  text: string;
  href: string;
}

const ALL_INTERFACES = new Set(['0.0.0.0', '::', '']);

/**
 * The host a port bound to all interfaces is reached at: the engine's own host for a remote engine
 * (tcp:// or ssh://), this machine for a local socket or pipe.
 */
export function engineHost(engineUrl: string | undefined): string {
  if (!engineUrl || !/^(tcp|ssh|https?):\/\//.test(engineUrl)) return 'localhost';
  return new URL(engineUrl.replace(/^(tcp|ssh):/, 'http:')).hostname || 'localhost';
}

/**
 * The published ports as links, the same port bound on IPv4 and IPv6 "all interfaces" listed once.
 * Ports that are only exposed (not published) have nowhere to open and are left out.
 */
export function portLinks(ports: readonly PortBinding[], host: string): PortLink[] {
  const links = new Map<string, PortLink>();
  for (const port of ports) {
    if (port.publicPort === null) continue;
    const all = ALL_INTERFACES.has(port.ip ?? '');
    const address = all ? host : port.ip!;
    const urlHost = address.includes(':') && !address.startsWith('[') ? `[${address}]` : address;
    const text = `${all ? '' : `${urlHost}:`}${port.publicPort}→${port.privatePort}${port.type === 'tcp' ? '' : `/${port.type}`}`;
    if (!links.has(text)) links.set(text, { text, href: `http://${urlHost}:${port.publicPort}` });
  }
  return [...links.values()];
}
