import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';

/*
 * The pseudo-locale en-XA: English with every letter accented and every message about 30 % longer, between
 * ⟦ ⟧. Text that reaches the screen without passing through the resources stays plain ASCII, so the end-to-end
 * suite finds it; text that is clipped loses its closing ⟧. Only literal text changes: arguments, plurals'
 * `#` and tags stay as they are, so the messages still format with the same values.
 */

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [letter, [...'åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index]!]),
);

const accent = (text: string) => text.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter]!);

function transform(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: accent(element.value) };
    if (element.type === TYPE.tag) return { ...element, children: transform(element.children) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(Object.entries(element.options).map(([key, option]) => [key, { ...option, value: transform(option.value) }]));
      return { ...element, options };
    }
    return element;
  });
}

/** One message in the pseudo-locale. */
export function pseudoLocalise(message: string): string {
  const body = printAST(transform(parse(message)));
  const padding = '·'.repeat(Math.ceil(message.length * 0.3));
  return `⟦${body}${padding ? ` ${padding}` : ''}⟧`;
}

/** A namespace's messages (nested objects of strings) in the pseudo-locale. */
export function pseudoLocaliseTree(tree: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [key, typeof value === 'string' ? pseudoLocalise(value) : pseudoLocaliseTree(value as Record<string, unknown>)]),
  );
}
