import type { TFunction } from 'i18next';
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

type UrlIssue = 'socketRequired' | 'addressRequired' | 'socketForm' | 'tcpScheme' | 'tcpForm' | 'port' | 'sshScheme' | 'sshForm';

/** The engine URL an address makes for its kind, or which rule it breaks. */
function resolveEngineUrl(kind: EngineKind, address: string): { url: string } | { issue: UrlIssue } {
  const text = address.trim();
  if (!text) return { issue: kind === 'socket' ? 'socketRequired' : 'addressRequired' };
  if (kind === 'socket') {
    if (/^(unix|npipe):\/\/./.test(text)) return { url: text };
    if (text.startsWith('/')) return { url: `unix://${text}` };
    if (/^\\\\\.\\pipe\\./.test(text)) return { url: `npipe://${text.replace(/\\/g, '/')}` };
    return { issue: 'socketForm' };
  }
  if (kind === 'tcp') {
    const rest = text.replace(/^tcp:\/\//, '');
    if (/^[a-z]+:\/\//i.test(rest)) return { issue: 'tcpScheme' };
    const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?\/?$/i.exec(rest);
    if (!match) return { issue: 'tcpForm' };
    if (match[2] !== undefined && (Number(match[2]) < 1 || Number(match[2]) > 65535)) return { issue: 'port' };
    return { url: `tcp://${rest.replace(/\/$/, '')}` };
  }
  const rest = text.replace(/^ssh:\/\//, '');
  if (/^[a-z]+:\/\//i.test(rest)) return { issue: 'sshScheme' };
  const match = /^([a-z_][a-z0-9_.-]*)@(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?\/?$/i.exec(rest);
  if (!match) return { issue: 'sshForm' };
  if (match[3] !== undefined && (Number(match[3]) < 1 || Number(match[3]) > 65535)) return { issue: 'port' };
  return { url: `ssh://${rest.replace(/\/$/, '')}` };
}

/** The engine URL an address makes for its kind, or why it cannot be one (`t` of the engine namespace). */
export function engineUrlFor(kind: EngineKind, address: string, t: TFunction): { url: string } | { error: string } {
  const result = resolveEngineUrl(kind, address);
  return 'url' in result ? result : { error: t(`addEngine.issues.${result.issue}`) };
}

/** A name for the engine when none is typed: the host (with the user for ssh), or the socket's file name. */
export function suggestedEngineName(kind: EngineKind, address: string): string {
  const result = resolveEngineUrl(kind, address);
  if ('issue' in result) return '';
  const url = result.url;
  if (kind === 'socket') {
    const parts = url.replace(/^(unix|npipe):\/\//, '').split('/').filter(Boolean);
    return parts.slice(-2).join('/') || url;
  }
  return url.replace(/^(tcp|ssh):\/\//, '');
}

/** The form as engines.add's input, or the issue of each field that is wrong (`t` of the engine namespace). */
export function addEngineInput(form: AddEngineForm, t: TFunction): { input: InputOf<'engines.add'> } | { issues: AddEngineIssues } {
  const issues: AddEngineIssues = {};
  const address = engineUrlFor(form.kind, form.address, t);
  if ('error' in address) issues.address = address.error;
  else if (!EngineConfig.shape.url.safeParse(address.url).success) issues.address = t('addEngine.issues.notEngineAddress');
  const name = form.name.trim() || suggestedEngineName(form.kind, form.address);
  if (!name) issues.name = t('addEngine.issues.nameRequired');
  else if (name.length > 128) issues.name = t('addEngine.issues.nameTooLong');
  const tls = form.kind === 'tcp' && form.tls;
  if (tls) {
    for (const field of ['caPath', 'certPath', 'keyPath'] as const) {
      const value = form[field].trim();
      if (!value) issues[field] = t('addEngine.issues.tlsRequired');
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
