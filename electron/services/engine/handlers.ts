import type { EngineEvent, EngineStatus } from '../../../shared/contract/engine.js';
import type Docker from 'dockerode';
import type { EngineConnection } from '../../engine/connection.js';
import type { HandlerGroup } from '../../ipc/router.js';
import { untilAborted } from '../../util/abort.js';

export function engineHandlers(connection: EngineConnection): HandlerGroup<'engine.info' | 'engine.status' | 'engine.events'> {
  return {
    async 'engine.info'(_input, signal) {
      const endpoint = connection.currentEndpoint;
      const [info, version] = await connection.request(
        'Reading engine info',
        (docker) => {
          // dockerode passes `abortSignal` on for these, though its types leave the options out.
          const reads = docker as unknown as AbortableInfo;
          return Promise.all([reads.info({ abortSignal: signal }), reads.version({ abortSignal: signal })]);
        },
        signal,
      );
      return {
        endpoint: endpoint!,
        name: info.Name ?? '',
        serverVersion: version.Version,
        apiVersion: version.ApiVersion,
        os: info.OperatingSystem ?? version.Os,
        osType: info.OSType ?? version.Os,
        arch: info.Architecture ?? version.Arch,
        kernelVersion: info.KernelVersion ?? version.KernelVersion ?? '',
        cpus: info.NCPU ?? 0,
        memoryBytes: info.MemTotal ?? 0,
        storageDriver: info.Driver ?? '',
        rootDir: info.DockerRootDir ?? '',
        containers: {
          total: info.Containers ?? 0,
          running: info.ContainersRunning ?? 0,
          paused: info.ContainersPaused ?? 0,
          stopped: info.ContainersStopped ?? 0,
        },
        images: info.Images ?? 0,
      };
    },

    async 'engine.status'(_input, emit, signal) {
      emit(connection.status);
      const subscription = connection.onStatus((status: EngineStatus) => emit(status));
      await untilAborted(signal);
      subscription.dispose();
    },

    async 'engine.events'(input, emit, signal) {
      const types = input.types ? new Set(input.types) : null;
      const subscription = connection.onEvent((event: EngineEvent) => {
        if (event.kind === 'resync' || !types || types.has(event.type)) emit(event);
      });
      await untilAborted(signal);
      subscription.dispose();
    },
  };
}

interface AbortableInfo {
  info(options: { abortSignal: AbortSignal }): Promise<DockerInfo>;
  version(options: { abortSignal: AbortSignal }): Promise<Docker.DockerVersion>;
}

interface DockerInfo {
  Name?: string;
  OperatingSystem?: string;
  OSType?: string;
  Architecture?: string;
  KernelVersion?: string;
  NCPU?: number;
  MemTotal?: number;
  Driver?: string;
  DockerRootDir?: string;
  Containers?: number;
  ContainersRunning?: number;
  ContainersPaused?: number;
  ContainersStopped?: number;
  Images?: number;
}
