/** One row of a name = value list as typed (environment, labels, build arguments, driver options). */
export interface KeyValueRow {
  key: string;
  value: string;
}
