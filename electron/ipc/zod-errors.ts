import type { z } from 'zod';

/** How many issues an error names; the rest are counted. A million bad items must not make a million-line reply. */
const MAX_ISSUES_IN_MESSAGE = 10;
const MAX_ISSUES_IN_DETAILS = 20;
const MAX_PATH_SEGMENTS = 12;
const MAX_TEXT = 200;

function clip(text: string, max = MAX_TEXT): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function issuePath(issue: z.core.$ZodIssue): string[] {
  const path = issue.path.slice(0, MAX_PATH_SEGMENTS).map((segment) => clip(String(segment), 64));
  return issue.path.length > MAX_PATH_SEGMENTS ? [...path, '…'] : path;
}

/** One readable sentence out of a zod error: "id: not a container id or name; all: expected boolean; and 3 more". */
export function describeZodError(error: z.ZodError): string {
  const named = error.issues.slice(0, MAX_ISSUES_IN_MESSAGE).map((issue) => {
    const path = issuePath(issue);
    return path.length ? `${path.join('.')}: ${clip(issue.message)}` : clip(issue.message);
  });
  const more = error.issues.length - named.length;
  return more > 0 ? `${named.join('; ')}; and ${more} more` : named.join('; ');
}

/** The issues as `details` for a client to point at fields: the first few, and how many were left out. */
export function zodIssueDetails(error: z.ZodError): { issues: { path: string[]; message: string }[]; moreIssues?: number } {
  const issues = error.issues.slice(0, MAX_ISSUES_IN_DETAILS).map((issue) => ({ path: issuePath(issue), message: clip(issue.message) }));
  const more = error.issues.length - issues.length;
  return more > 0 ? { issues, moreIssues: more } : { issues };
}
