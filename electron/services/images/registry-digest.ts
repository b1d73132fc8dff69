import type { ImageRef } from '../../../shared/image-ref.js';
import { MANIFEST_ACCEPT } from '../registries/manifests.js';
import { RegistryClient } from '../registries/registry-client.js';
import type { RegistryAuth } from './registry-auth.js';

/**
 * The digest the registry holds for a reference, asked of the registry itself (a HEAD of its manifest, with the
 * stored login): for an engine whose pull names no digest. Podman's pull says none, and its image lists every
 * digest it knows under every name, so neither tells which one the registry has. Null when the registry does not
 * say; the pull itself has succeeded either way.
 */
export async function registryDigest(ref: ImageRef, auth: RegistryAuth): Promise<string | null> {
  if (ref.digest) return ref.digest;
  try {
    const login = await auth(ref.registry);
    const client = new RegistryClient(ref.registry, login ? { username: login.username, secret: login.password } : null);
    const response = await client.request(`/v2/${ref.path}/manifests/${ref.tag ?? 'latest'}`, {
      method: 'HEAD',
      headers: { accept: MANIFEST_ACCEPT },
      scope: `repository:${ref.path}:pull`,
    });
    return response.status === 200 ? response.headers.get('docker-content-digest') : null;
  } catch {
    return null;
  }
}
