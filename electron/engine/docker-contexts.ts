import fs from 'node:fs';
import path from 'node:path';

export interface DockerContext {
  name: string;
  host: string;
  /** The context's TLS material, when it has any (contexts/tls/<hash>/docker/{ca,cert,key}.pem). */
  tls?: { caPath: string; certPath: string; keyPath: string };
}

/** The docker CLI's contexts, read from its config folder (contexts/meta/<sha256 of name>/meta.json). */
export function readDockerContexts(configDir: string): DockerContext[] {
  const metaRoot = path.join(configDir, 'contexts', 'meta');
  let folders: string[];
  try {
    folders = fs.readdirSync(metaRoot);
  } catch {
    return [];
  }
  const contexts: DockerContext[] = [];
  for (const folder of folders) {
    try {
      const meta = JSON.parse(fs.readFileSync(path.join(metaRoot, folder, 'meta.json'), 'utf8')) as {
        Name?: string;
        Endpoints?: { docker?: { Host?: string } };
      };
      const host = meta.Endpoints?.docker?.Host;
      if (!meta.Name || !host) continue;
      const tlsDir = path.join(configDir, 'contexts', 'tls', folder, 'docker');
      const tls = { caPath: path.join(tlsDir, 'ca.pem'), certPath: path.join(tlsDir, 'cert.pem'), keyPath: path.join(tlsDir, 'key.pem') };
      contexts.push({ name: meta.Name, host, ...(fs.existsSync(tls.certPath) ? { tls } : {}) });
    } catch {
      // A context the CLI itself could not read is skipped, not fatal.
    }
  }
  return contexts.sort((a, b) => a.name.localeCompare(b.name));
}
