import { docker, testEnv } from '../support/env.js';

/**
 * The engine side of the fuzz run: a few things of its own made fresh for each run (a stopped container, a
 * volume, a network, under one prefix, leftovers of an earlier run removed first), and a snapshot of everything
 * the engine holds, compared before and after the run.
 */
export const FUZZ_PREFIX = 'berth-fuzz-';

export async function makeFuzzFixtures(): Promise<void> {
  await removeFuzzFixtures();
  await docker('volume', 'create', `${FUZZ_PREFIX}volume`);
  await docker('network', 'create', `${FUZZ_PREFIX}network`);
  await docker('create', '--name', `${FUZZ_PREFIX}container`, '-v', `${FUZZ_PREFIX}volume:/data`, '--network', `${FUZZ_PREFIX}network`, testEnv().image, 'true');
}

export async function removeFuzzFixtures(): Promise<void> {
  const containers = await docker('ps', '-aq', '--filter', `name=^${FUZZ_PREFIX}`);
  if (containers) await docker('rm', '-f', '-v', ...containers.split('\n'));
  const networks = await docker('network', 'ls', '-q', '--filter', `name=^${FUZZ_PREFIX}`);
  if (networks) await docker('network', 'rm', ...networks.split('\n'));
  const volumes = (await docker('volume', 'ls', '-q')).split('\n').filter((name) => name.startsWith(FUZZ_PREFIX));
  if (volumes.length) await docker('volume', 'rm', ...volumes);
}

/** What the engine holds, one sorted text per kind. */
export async function engineState(): Promise<Record<string, string>> {
  const [containers, images, volumes, networks] = await Promise.all([
    docker('ps', '-a', '--no-trunc', '--format', '{{.ID}} {{.Names}} {{.Status}}'),
    docker('images', '-a', '--no-trunc', '--format', '{{.ID}} {{.Repository}}:{{.Tag}}'),
    docker('volume', 'ls', '--format', '{{.Name}} {{.Driver}}'),
    docker('network', 'ls', '--no-trunc', '--format', '{{.ID}} {{.Name}}'),
  ]);
  // A container's "Up 3 minutes" changes with time alone; its id and whether it runs do not. The CLI lists
  // things with equal sort keys (images created in the same second) in no fixed order: compare sorted lines.
  const sorted = (text: string) => text.split('\n').sort().join('\n');
  return {
    containers: sorted(containers.replace(/Up [^\n]*/g, 'Up').replace(/Exited \((\d+)\)[^\n]*/g, 'Exited ($1)')),
    images: sorted(images),
    volumes: sorted(volumes),
    networks: sorted(networks),
  };
}

/** What the engine reported between two moments (seconds since the epoch, fractions allowed). */
export async function engineEvents(since: number, until: number): Promise<string[]> {
  const text = await docker('events', '--since', since.toFixed(3), '--until', until.toFixed(3), '--format', '{{.Type}} {{.Action}} {{.Actor.ID}}');
  return text ? text.split('\n') : [];
}
