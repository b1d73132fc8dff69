import type { TFunction } from 'i18next';

/**
 * The facts of a container's overview, read from the engine's inspect JSON (`containers.inspect` passes it on
 * as it is). Every field is optional in old and new engines alike, so each is read defensively.
 */
interface ContainerOverview {
  command: string[] | null;
  entrypoint: string[] | null;
  workingDir: string;
  user: string;
  env: string[];
  /** `127.0.0.1:32768→80/tcp`, or `80/tcp` for a port only exposed. */
  ports: string[];
  networks: { name: string; ipAddress: string; gateway: string; macAddress: string }[];
  /** `unless-stopped`, `on-failure (5 retries)` (in the UI language), or `no`. */
  restartPolicy: string;
  /** `healthy`, `unhealthy`, `starting`, or null without a health check. */
  health: string | null;
}

type Json = Record<string, unknown>;

const object = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const strings = (value: unknown): string[] | null => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : null);

function portsOf(settings: Json): string[] {
  const lines: string[] = [];
  for (const [inside, bindings] of Object.entries(object(settings.Ports))) {
    if (!Array.isArray(bindings) || bindings.length === 0) {
      lines.push(inside);
      continue;
    }
    for (const binding of bindings) {
      const { HostIp, HostPort } = object(binding);
      const line = `${text(HostIp) || '0.0.0.0'}:${text(HostPort)}→${inside}`;
      if (!lines.includes(line)) lines.push(line);
    }
  }
  return lines;
}

function restartOf(t: TFunction, hostConfig: Json): string {
  const policy = object(hostConfig.RestartPolicy);
  const name = text(policy.Name) || 'no';
  const retries = typeof policy.MaximumRetryCount === 'number' ? policy.MaximumRetryCount : 0;
  return name === 'on-failure' && retries > 0 ? t('overview.restartRetries', { policy: name, count: retries }) : name;
}

/** `t` of the containers namespace. */
export function containerOverview(t: TFunction, inspect: Json): ContainerOverview {
  const config = object(inspect.Config);
  const settings = object(inspect.NetworkSettings);
  const health = object(object(inspect.State).Health);
  return {
    command: strings(config.Cmd),
    entrypoint: strings(config.Entrypoint),
    workingDir: text(config.WorkingDir),
    user: text(config.User),
    env: strings(config.Env) ?? [],
    ports: portsOf(settings),
    networks: Object.entries(object(settings.Networks)).map(([name, raw]) => {
      const network = object(raw);
      return { name, ipAddress: text(network.IPAddress), gateway: text(network.Gateway), macAddress: text(network.MacAddress) };
    }),
    restartPolicy: restartOf(t, object(inspect.HostConfig)),
    health: text(health.Status) || null,
  };
}
