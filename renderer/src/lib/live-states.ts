import type { ContainerState } from '../../../shared/contract/containers';

/** What a container currently is, from the live containers list (kept current by events), when it has it. */
export type LiveStates = ReadonlyMap<string, { name: string; state: ContainerState }>;
