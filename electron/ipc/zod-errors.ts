import type { z } from 'zod';

/** One readable sentence out of a zod error: "id: not a container id or name; all: expected boolean". */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
