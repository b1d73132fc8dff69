import { z } from 'zod';
import { call, stream } from './define.js';

const Project = z.object({ project: z.string().min(1).max(256) }).strict();

/** Compose projects, as the containers' com.docker.compose.project label groups them (no compose file needed). */
export const composeOps = {
  'compose.start': call({ summary: 'Start every container of a compose project.', input: Project, output: z.object({ ids: z.array(z.string()) }) }),
  'compose.stop': call({ summary: 'Stop every running container of a compose project.', input: Project, output: z.object({ ids: z.array(z.string()) }) }),
  'compose.restart': call({ summary: 'Restart every container of a compose project.', input: Project, output: z.object({ ids: z.array(z.string()) }) }),
  'compose.remove': call({
    summary: 'Stop and remove every container of a compose project (`volumes` also removes their anonymous volumes).',
    input: z.object({ project: z.string().min(1).max(256), volumes: z.boolean().default(false) }).strict(),
    output: z.object({ ids: z.array(z.string()) }),
  }),
  'compose.logs': stream({
    summary: 'The logs of every container of a compose project merged in one stream, each line naming its container.',
    input: z.object({ project: z.string().min(1).max(256), tail: z.number().int().min(0).max(100000).default(200), follow: z.boolean().default(true) }).strict(),
    event: z.object({
      lines: z.array(z.object({ container: z.string(), stream: z.enum(['stdout', 'stderr']), text: z.string(), time: z.string() })),
    }),
  }),
} as const;
