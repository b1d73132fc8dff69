/**
 * Namespaces: `common` for the shell and the api layer, `components` for the UI kit, `errors` for error
 * explanations, and one per feature (the folder's name), each fetched when a view of it first renders.
 */
export const NAMESPACES = [
  'common',
  'components',
  'errors',
  'palette',
  'containers',
  'run',
  'stats',
  'terminal',
  'images',
  'volumes',
  'networks',
  'registries',
  'engine',
  'settings',
  'compose',
  'composeEditor',
  'trash',
  'update',
  'layers',
] as const;
export type Namespace = (typeof NAMESPACES)[number];
