/** A registry login as the engine's X-Registry-Auth header carries it. */
export interface RegistryCredentials {
  username: string;
  password: string;
  serveraddress: string;
}

/**
 * Where pull and push get credentials: given a registry host as image references name it (`docker.io`,
 * `127.0.0.1:5555`), the stored login for it, or null. Injected, so the images service knows nothing of
 * where logins live (config.json, credential helpers, Electron's encrypted store).
 */
export type RegistryAuth = (registryHost: string) => Promise<RegistryCredentials | null>;

export const noRegistryAuth: RegistryAuth = async () => null;

/**
 * The auth config for dockerode's `authconfig` option. Without a login it is an empty object rather than
 * nothing: the engine refuses a push that has no X-Registry-Auth header at all ("Bad parameters and missing
 * X-Registry-Auth"), while an empty one lets the registry answer for itself (anonymous pulls work, an
 * authenticated registry says "no basic auth credentials").
 */
export async function authConfigFor(auth: RegistryAuth, registryHost: string): Promise<Partial<RegistryCredentials>> {
  return (await auth(registryHost)) ?? {};
}
