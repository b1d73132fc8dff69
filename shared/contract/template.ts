/** A sentence template (`docker context “{name}”`) with its values filled in; an unknown {name} stays as it is. */
export function fillTemplate(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
