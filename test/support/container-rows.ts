// A row of the containers list as the contract shapes it, for unit tests of what the UI makes of rows: running,
// no ports or mounts, its compose project and service read from its labels as main does; `over` sets the rest.
import type { ContainerSummary } from '../../shared/contract/containers.js';

export function containerRow(over: Partial<ContainerSummary> & Pick<ContainerSummary, 'id' | 'name'>): ContainerSummary {
  const labels = over.labels ?? {};
  return {
    image: 'berth-fixture/busybox:latest',
    imageId: 'sha256:1',
    command: 'sh',
    created: 1,
    state: 'running',
    status: 'Up 1 second',
    exitCode: null,
    ports: [],
    labels,
    composeProject: labels['com.docker.compose.project'] ?? null,
    composeService: labels['com.docker.compose.service'] ?? null,
    mounts: [],
    ...over,
  };
}
