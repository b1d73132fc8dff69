import { z } from 'zod';
import { call } from './define.js';
import { SuggestedPath } from './paths.js';

/** What the computer running Berth's main side offers the UI, besides the engine. */
export const hostOps = {
  'host.info': call({
    summary: 'Which shell serves this UI (Electron or the web shell) and whether it can show native file dialogs.',
    input: z.object({}).strict(),
    output: z.object({ shell: z.enum(['electron', 'web']), nativeDialogs: z.boolean(), platform: z.string() }),
  }),
  'host.pickPath': call({
    summary:
      'A native file dialog on the computer running Berth (Electron): a file to open, a file to save, or a folder. `path` is null when the user cancelled; the web shell has none (INVALID_INPUT — type the path instead).',
    input: z
      .object({
        purpose: z.enum(['open-file', 'save-file', 'folder']),
        title: z.string().max(200).optional(),
        defaultPath: SuggestedPath.optional(),
        filters: z.array(z.object({ name: z.string().max(100), extensions: z.array(z.string().regex(/^[\w*]+$/)).max(20) })).max(10).optional(),
      })
      .strict(),
    output: z.object({ path: z.string().nullable() }),
  }),
} as const;
