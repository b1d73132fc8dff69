/**
 * Whether a string is text that survives the way to the engine, the registry or the disk: a lone UTF-16
 * surrogate (possible in JSON as "\ud800") has no UTF-8 form, so it would silently become U+FFFD there and
 * name something other than what was sent.
 */
export function isWellFormedText(value: string): boolean {
  return !/\p{Surrogate}/u.test(value);
}
