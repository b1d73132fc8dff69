import type { z } from 'zod';
import { composeOps } from './compose.js';
import { containerOps } from './containers.js';
import type { CallSpec, StreamSpec } from './define.js';
import { engineOps } from './engine.js';
import { savedEngineOps } from './engines.js';
import { imageOps } from './images.js';
import { layerOps } from './layers.js';
import { networkOps } from './networks.js';
import { registryOps } from './registries.js';
import { volumeOps } from './volumes.js';
import { settingsOps } from './settings.js';
import { hostOps } from './host.js';
import { systemOps } from './system.js';
import { trashOps } from './trash.js';

export * from './compose.js';
export * from './containers.js';
export * from './define.js';
export * from './engine.js';
export * from './engines.js';
export * from './errors.js';
export * from './images.js';
export * from './layers.js';
export * from './networks.js';
export * from './paths.js';
export * from './registries.js';
export * from './volumes.js';
export * from './settings.js';
export * from './host.js';
export * from './system.js';
export * from './trash.js';

/** Every operation Berth has, by its wire name. Main registers a handler for each; the renderer calls them. */
export const contract = {
  ...engineOps,
  ...savedEngineOps,
  ...containerOps,
  ...composeOps,
  ...imageOps,
  ...layerOps,
  ...registryOps,
  ...volumeOps,
  ...networkOps,
  ...settingsOps,
  ...systemOps,
  ...hostOps,
  ...trashOps,
} as const;

export type Contract = typeof contract;
export type OpName = keyof Contract;
export type CallName = { [K in OpName]: Contract[K] extends CallSpec ? K : never }[OpName];
export type StreamName = { [K in OpName]: Contract[K] extends StreamSpec ? K : never }[OpName];

/** What a caller passes (defaults may be left out). */
export type InputOf<K extends OpName> = z.input<Contract[K]['input']>;
/** What a handler receives (defaults filled in). */
export type ParsedInputOf<K extends OpName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends CallName> = Contract[K] extends CallSpec<z.ZodType, infer O> ? z.output<O> : never;
export type EventOf<K extends StreamName> = Contract[K] extends StreamSpec<z.ZodType, infer E> ? z.output<E> : never;
/** What a client may send into an open duplex stream (never for one-way streams). */
export type SendOf<K extends StreamName> = Contract[K] extends StreamSpec<z.ZodType, z.ZodType, infer S> ? z.input<S> : never;
/** The names of the streams that take messages while open. */
export type DuplexName = { [K in StreamName]: [SendOf<K>] extends [never] ? never : K }[StreamName];

export function isOpName(name: string): name is OpName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
