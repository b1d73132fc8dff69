import { docker, onPodman, testEnv } from './env.js';

/**
 * Berth's volume helpers still on the engine for the volumes whose names start with `prefix` (the test file's
 * own: other files run beside it); every volume operation must leave none.
 */
export async function helpersLeft(prefix: string): Promise<string> {
  const rows = await docker('ps', '-a', '--no-trunc', '--filter', 'label=dev.berth.helper=true', '--format', '{{.ID}} {{.Mounts}}');
  return rows
    .split('\n')
    .filter((row) => row.split(' ')[1]?.split(',').some((mount) => mount.startsWith(prefix)))
    .map((row) => row.split(' ')[0])
    .join('\n');
}

/** Every file of a volume with its sha256, mode and owner, read by a throwaway container: what "same files" means. */
export async function volumeFingerprint(volume: string): Promise<string> {
  return docker(
    'run', '--rm', '--network', 'none', '-v', `${volume}:/data:ro`, testEnv().image,
    'sh', '-c', 'cd /data && find . -mindepth 1 | sort | while read f; do if [ -f "$f" ]; then s=$(sha256sum "$f" | cut -c1-64); else s=-; fi; echo "$f $(stat -c "%a %u:%g" "$f") $s"; done',
  );
}

/** Runs a shell script in a throwaway container with the volume at /data, and returns its output. */
export async function inVolume(volume: string, script: string): Promise<string> {
  return docker('run', '--rm', '--network', 'none', '-v', `${volume}:/data`, testEnv().image, 'sh', '-c', script);
}

export async function removeVolumesNamed(prefix: string): Promise<void> {
  const names = (await docker('volume', 'ls', '-q', '--filter', `name=^${prefix}`)).split('\n').filter(Boolean);
  if (names.length) await docker('volume', 'rm', '-f', ...names);
}

export async function removeNetworksNamed(prefix: string): Promise<void> {
  const ids = (await docker('network', 'ls', '-q', '--filter', `name=^${prefix}`)).split('\n').filter(Boolean);
  if (ids.length) await docker('network', 'rm', ...ids);
}

/**
 * A fingerprint as a copy read through the engine's archive endpoint keeps it: on Podman every file comes as
 * root's (the engine page says so: `archive-owners-lost`), contents and modes kept; on Docker, as it was.
 */
export function asCopied(fingerprint: string): string {
  return onPodman() ? fingerprint.replace(/ \d+:\d+ /g, ' 0:0 ') : fingerprint;
}
