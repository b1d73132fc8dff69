import { parse } from 'yaml';

/** Each service's dependencies (service names), as depends_on says. */
export type DependsOn = ReadonlyMap<string, readonly string[]>;

/**
 * The services in start order, in levels: every service's dependencies are in earlier levels, so the services
 * of one level may start together once the level before has. Dependencies outside `services` are ignored (a
 * service with no container here), and so is the edge that would close a cycle (compose itself refuses cycles;
 * containers made by something else still get an order).
 */
export function startLevels(services: readonly string[], dependsOn: DependsOn): string[][] {
  const members = new Set(services);
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const depthOf = (service: string): number => {
    const known = depth.get(service);
    if (known !== undefined) return known;
    visiting.add(service);
    let level = 0;
    for (const dependency of dependsOn.get(service) ?? []) {
      if (members.has(dependency) && !visiting.has(dependency)) level = Math.max(level, depthOf(dependency) + 1);
    }
    visiting.delete(service);
    depth.set(service, level);
    return level;
  };
  const levels: string[][] = [];
  for (const service of [...members].sort()) (levels[depthOf(service)] ??= []).push(service);
  return levels.filter(Boolean);
}

/**
 * When nothing says what depends on what: one service per level, in the order their first containers were
 * made, which is depends_on order because compose creates dependencies first.
 */
export function levelsByCreation(created: ReadonlyMap<string, string>): string[][] {
  return [...created].sort(([a, at], [b, bt]) => at.localeCompare(bt) || a.localeCompare(b)).map(([service]) => [service]);
}

/** compose v2's label on each container: "db:service_healthy:false,cache:service_started:true". */
export function dependsOnFromLabel(label: string): string[] {
  return label
    .split(',')
    .map((entry) => entry.split(':')[0]?.trim() ?? '')
    .filter(Boolean);
}

/**
 * depends_on of every service in compose files' texts, merged as compose merges overrides (a later file adds
 * dependencies). Both spellings: a list of names, or a map of name → condition. Throws on a file that is not YAML.
 */
export function dependsOnFromFiles(texts: readonly string[]): Map<string, string[]> {
  const merged = new Map<string, Set<string>>();
  for (const text of texts) {
    const doc: unknown = parse(text, { merge: true });
    const services = isRecord(doc) && isRecord(doc.services) ? doc.services : {};
    for (const [name, service] of Object.entries(services)) {
      const deps = merged.get(name) ?? new Set<string>();
      merged.set(name, deps);
      const declared = isRecord(service) ? service.depends_on : undefined;
      const names = Array.isArray(declared) ? declared.filter((d): d is string => typeof d === 'string') : isRecord(declared) ? Object.keys(declared) : [];
      for (const dependency of names) deps.add(dependency);
    }
  }
  return new Map([...merged].map(([name, deps]) => [name, [...deps]]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
