import { fillTemplate } from './template.js';

/**
 * How an engine's address was found, in main's English (Endpoint.detail): the renderer recognises each by its
 * template and words it in the UI language from `common:endpoint.<key>` (renderer/src/api/endpoint-words.ts).
 */
export const endpointWords = {
  launchFlag: 'given with --engine',
  setting: 'chosen in Berth’s settings',
  saved: '“{name}”, chosen in Berth',
  dockerHost: 'the DOCKER_HOST environment variable',
  context: 'docker context “{name}”',
  managed: 'the engine Berth runs ({kind})',
  dockerPipe: 'Docker’s named pipe',
  podmanPipe: 'Podman machine’s named pipe',
  systemDocker: 'the system Docker socket',
  rootlessDocker: 'rootless Docker’s socket',
  dockerDesktop: 'Docker Desktop’s socket',
  colima: 'Colima’s socket',
  rancherDesktop: 'Rancher Desktop’s socket',
  rootlessPodman: 'rootless Podman’s socket',
  systemPodman: 'the system Podman socket',
  podmanMachine: 'Podman machine’s socket',
} as const;

export type EndpointWord = keyof typeof endpointWords;

export function endpointText(key: EndpointWord, values: Record<string, string> = {}): string {
  return fillTemplate(endpointWords[key], values);
}
