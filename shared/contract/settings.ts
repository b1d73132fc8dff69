import { z } from 'zod';
import { TRASH_DEFAULTS } from '../trash-limits.js';
import { RunSpec } from '../run-spec.js';
import { ComposeFileProject } from './compose.js';
import { call } from './define.js';
import { issueWords } from './issue-words.js';

/** One engine Berth knows: a socket, tcp (optionally with TLS certificates) or ssh. */
export const EngineConfig = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(128),
  url: z.string().regex(/^(unix|npipe|tcp|ssh|https?):\/\//, issueWords.engineAddress),
  tls: z.object({ caPath: z.string(), certPath: z.string(), keyPath: z.string() }).optional(),
  sshKeyPath: z.string().optional(),
});
export type EngineConfig = z.infer<typeof EngineConfig>;

export const SETTINGS_VERSION = 2;

/** Every setting, with its default: one schema, so a missing or older field always has a defined value. */
export const Settings = z.object({
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  /** The UI language; `auto` follows the OS/browser locale. */
  language: z.enum(['auto', 'en', 'zh-CN']).default('auto'),
  engines: z.array(EngineConfig).default([]),
  /** The id of the engine in use, or null: find one the usual way (DOCKER_HOST, context, sockets). */
  activeEngine: z.string().nullable().default(null),
  logBufferLines: z.number().int().min(1000).max(5_000_000).default(100_000),
  confirmations: z
    .object({
      /** Ask before stopping or restarting (removal and pruning always ask). */
      stopAndRestart: z.boolean().default(false),
    })
    .prefault({}),
  managedEngine: z.object({ stopOnQuit: z.boolean().default(true) }).prefault({}),
  /** The last containers run from Berth, newest first, for "Run again" (tray, command palette). */
  recentRuns: z.array(RunSpec).max(5).default([]),
  /** The compose tool: a path to `docker-compose` or `docker` (then `docker compose`), or null to look on PATH. */
  compose: z.object({ command: z.string().max(4096).nullable().default(null) }).prefault({}),
  /** The compose projects opened from their files (compose.files.open / close), oldest first. */
  composeProjects: z.array(ComposeFileProject).max(200).default([]),
  /** Recently removed: how long entries are kept, and how many bytes the kept volume archives may take. */
  trash: z
    .object({
      keepDays: z.number().int().min(1).max(365).default(TRASH_DEFAULTS.keepDays),
      volumeBudgetBytes: z.number().int().min(0).max(2 ** 50).default(TRASH_DEFAULTS.volumeBudgetBytes),
    })
    .prefault({}),
  window: z
    .object({ x: z.number().int(), y: z.number().int(), width: z.number().int().min(400), height: z.number().int().min(300), maximized: z.boolean() })
    .nullable()
    .default(null),
});
export type Settings = z.infer<typeof Settings>;

/** What the user may change from the UI (window geometry is the shell's business). */
export const SettingsPatch = z
  .object({
    theme: Settings.shape.theme.unwrap(),
    language: Settings.shape.language.unwrap(),
    logBufferLines: z.number().int().min(1000).max(5_000_000),
    confirmations: z.object({ stopAndRestart: z.boolean() }).partial(),
    managedEngine: z.object({ stopOnQuit: z.boolean() }).partial(),
    compose: z.object({ command: z.string().max(4096).nullable() }).partial(),
    trash: z.object({ keepDays: z.number().int().min(1).max(365), volumeBudgetBytes: z.number().int().min(0).max(2 ** 50) }).partial(),
  })
  .partial()
  .strict();

export const settingsOps = {
  'settings.get': call({
    summary: 'Berth’s settings, and any problem found reading them (a broken file is kept as a backup and reported, never silently dropped).',
    input: z.object({}).strict(),
    output: z.object({ settings: Settings, problems: z.array(z.string()) }),
  }),
  'settings.update': call({
    summary: 'Changes some settings (theme, language, log buffer size, confirmations, managed engine, compose tool, how long Recently removed keeps entries and its volume budget); saved atomically.',
    input: SettingsPatch,
    output: Settings,
  }),
} as const;
