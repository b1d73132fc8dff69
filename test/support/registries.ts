import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import { filesBelow } from './credentials.js';
import { engineUrl, testEnv } from './env.js';

const run = promisify(execFile);

/** The two test registries: htpasswd (Basic) and token auth (Bearer, scripts/token-issuer.mjs). */
export function testRegistries(): { kind: 'basic' | 'token'; registry: string }[] {
  const env = testEnv();
  if (!env.tokenRegistry) throw new Error('env.json names no token registry: run `npm run test:env` again (scripts/test-env.sh up).');
  return [
    { kind: 'basic', registry: env.registry },
    { kind: 'token', registry: env.tokenRegistry },
  ];
}

/**
 * The docker CLI against the test engine with a chosen docker config folder (and so that folder's logins and
 * credential helper: the `pass` store freshCredentialStore set up). Resolves with stdout, rejects with stderr.
 */
export async function dockerWith(configDir: string, ...args: string[]): Promise<string> {
  try {
    const { stdout } = await run('docker', args, {
      env: { ...process.env, DOCKER_HOST: engineUrl(), DOCKER_CONFIG: configDir },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout.trim();
  } catch (error) {
    const failure = error as { stderr?: string; message: string };
    throw new Error(`docker ${args.join(' ')} failed: ${failure.stderr?.trim() || failure.message}`, { cause: error });
  }
}

/** The digest `docker push` printed: `1: digest: sha256:… size: 736`. */
export function pushedDigest(output: string): string {
  const match = /digest: (sha256:[a-f0-9]{64})/.exec(output);
  if (!match) throw new Error(`no digest in the push output:\n${output}`);
  return match[1]!;
}

/**
 * An Authorization header for the test registry's API, got the way a client would, for a test to write to
 * the registry directly (an OCI manifest the engine would not push): Basic for the htpasswd registry, a
 * token from the issuer for the token registry.
 */
export async function registryAuthorization(registry: string, scope: string): Promise<string> {
  const env = testEnv();
  const basic = `Basic ${Buffer.from(`${env.registryUser}:${env.registryPassword}`).toString('base64')}`;
  if (registry !== env.tokenRegistry) return basic;
  const url = new URL(env.tokenIssuer);
  url.searchParams.set('service', env.tokenService);
  url.searchParams.set('scope', scope);
  const response = await fetch(url, { headers: { authorization: basic } });
  if (response.status !== 200) throw new Error(`the token issuer answered ${response.status}`);
  return `Bearer ${((await response.json()) as { token: string }).token}`;
}

/** The forms a secret could leak in: as is, base64 (an auth string or a lone secret) and URL-encoded. */
export function secretForms(user: string, secret: string): string[] {
  return [
    secret,
    Buffer.from(secret).toString('base64'),
    Buffer.from(`${user}:${secret}`).toString('base64'),
    Buffer.from(`${user}:${secret}`).toString('base64url'),
    encodeURIComponent(secret),
  ];
}

/** Every place below the folders (file path, and the form found) that holds one of the forms; [] when clean. */
export function scanFolders(folders: string[], forms: string[]): string[] {
  const found: string[] = [];
  for (const file of folders.flatMap(filesBelow)) {
    const content = fs.readFileSync(file);
    for (const form of forms) if (content.includes(Buffer.from(form))) found.push(`${file} holds ${JSON.stringify(form)}`);
  }
  return found;
}

/** The named texts (logs, frames, page state) that hold one of the forms; [] when clean. */
export function scanTexts(texts: Record<string, string>, forms: string[]): string[] {
  return Object.entries(texts).flatMap(([name, text]) => forms.filter((form) => text.includes(form)).map((form) => `${name} holds ${JSON.stringify(form)}`));
}
