import type { InputOf } from '../../../../shared/contract/index';
import { EngineConfig } from '../../../../shared/contract/settings';

/** How Berth reaches an engine: its socket (or Windows pipe), tcp (optionally TLS), or ssh. */
export type EngineKind = 'socket' | 'tcp' | 'ssh';

export interface AddEngineForm {
  name: string;
  kind: EngineKind;
  /** As typed: a socket path or unix:// URL, host:port or tcp://…, user@host[:port] or ssh://…. */
  address: string;
  tls: boolean;
  caPath: string;
  certPath: string;
  keyPath: string;
  sshKeyPath: string;
  use: boolean;
}

export type AddEngineField = 'name' | 'address' | 'caPath' | 'certPath' | 'keyPath' | 'sshKeyPath';
export type AddEngineIssues = Partial<Record<AddEngineField, string>>;

export function emptyAddEngineForm(): AddEngineForm {
  return { name: '', kind: 'socket', address: '', tls: false, caPath: '', certPath: '', keyPath: '', sshKeyPath: '', use: true };
}

/** The engine URL an address makes for its kind, or why it cannot be one. */
export function engineUrlFor(kind: EngineKind, address: string): { url: string } | { error: string } {
  const text = address.trim();
  if (!text) return { error: kind === 'socket' ? 'the socket’s path is required' : 'an address is required' };
  if (kind === 'socket') {
    if (/^(unix|npipe):\/\/./.test(text)) return { url: text };
    if (text.startsWith('/')) return { url: `unix://${text}` };
    if (/^\\\\\.\\pipe\\./.test(text)) return { url: `npipe://${text.replace(/\\/g, '/')}` };
    return { error: 'a socket is an absolute path (/var/run/docker.sock) or a unix:// or npipe:// address' };
  }
  if (kind === 'tcp') {
    const rest = text.replace(/^tcp:\/\//, '');
    if (/^[a-z]+:\/\//i.test(rest)) return { error: 'a tcp address is host:port or tcp://host:port' };
    const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?\/?$/i.exec(rest);
    if (!match) return { error: 'a tcp address is host:port, e.g. 192.168.1.20:2376' };
    if (match[2] !== undefined && (Number(match[2]) < 1 || Number(match[2]) > 65535)) return { error: 'the port is 1 to 65535' };
    return { url: `tcp://${rest.replace(/\/$/, '')}` };
  }
  const rest = text.replace(/^ssh:\/\//, '');
  if (/^[a-z]+:\/\//i.test(rest)) return { error: 'an ssh address is user@host[:port] or ssh://user@host[:port]' };
  const match = /^([a-z_][a-z0-9_.-]*)@(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?\/?$/i.exec(rest);
  if (!match) return { error: 'an ssh address is user@host or user@host:port, e.g. root@192.168.1.20' };
  if (match[3] !== undefined && (Number(match[3]) < 1 || Number(match[3]) > 65535)) return { error: 'the port is 1 to 65535' };
  return { url: `ssh://${rest.replace(/\/$/, '')}` };
}

/** A name for the engine when none is typed: the host (with the user for ssh), or the socket's file name. */
export function suggestedEngineName(kind: EngineKind, address: string): string {
  const result = engineUrlFor(kind, address);
  if ('error' in result) return '';
  const url = result.url;
  if (kind === 'socket') {
    const parts = url.replace(/^(unix|npipe):\/\//, '').split('/').filter(Boolean);
    return parts.slice(-2).join('/') || url;
  }
  return url.replace(/^(tcp|ssh):\/\//, '');
}

/** The form as engines.add's input, or the issue of each field that is wrong. */
export function addEngineInput(form: AddEngineForm): { input: InputOf<'engines.add'> } | { issues: AddEngineIssues } {
  const issues: AddEngineIssues = {};
  const address = engineUrlFor(form.kind, form.address);
  if ('error' in address) issues.address = address.error;
  else if (!EngineConfig.shape.url.safeParse(address.url).success) issues.address = 'not an engine address';
  const name = form.name.trim() || suggestedEngineName(form.kind, form.address);
  if (!name) issues.name = 'a name is required';
  else if (name.length > 128) issues.name = 'at most 128 characters';
  const tls = form.kind === 'tcp' && form.tls;
  if (tls) {
    for (const field of ['caPath', 'certPath', 'keyPath'] as const) {
      const value = form[field].trim();
      if (!value) issues[field] = 'required for TLS';
    }
  }
  const sshKeyPath = form.kind === 'ssh' ? form.sshKeyPath.trim() : '';
  if (Object.keys(issues).length > 0 || 'error' in address) return { issues };
  return {
    input: {
      name,
      url: address.url,
      ...(tls ? { tls: { caPath: form.caPath.trim(), certPath: form.certPath.trim(), keyPath: form.keyPath.trim() } } : {}),
      ...(sshKeyPath ? { sshKeyPath } : {}),
      use: form.use,
    },
  };
}
