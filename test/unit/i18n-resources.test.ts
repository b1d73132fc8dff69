import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { pseudoLocalise } from '../../renderer/src/i18n/pseudo';
import { LANGUAGES, pickLanguage } from '../../shared/languages';
import { imageTabs, sections } from '../../shared/routes';
import { flattenMessages, namespacesOf, readNamespace, rendererLocales, shellLocales } from '../support/locales';

// The renderer's resources, and main's own (the tray, main's dialogs): the same checks hold for both.
const localeRoots = [rendererLocales, shellLocales];

/** The arguments a message takes, with their kind (`count:plural`, `name:argument`), nested ones included. */
function argumentsOf(elements: readonly MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument) into.add(`${element.value}:argument`);
    else if (element.type === TYPE.number) into.add(`${element.value}:number`);
    else if (element.type === TYPE.date || element.type === TYPE.time) into.add(`${element.value}:date`);
    else if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(`${element.value}:${element.type === TYPE.plural ? 'plural' : 'select'}`);
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    } else if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

function resources(language: string): Map<string, Map<string, string>> {
  return new Map(localeRoots.flatMap((root) => namespacesOf(language, root).map((ns) => [ns, flattenMessages(readNamespace(language, ns, root))] as const)));
}

/** The literal words of a message, its arguments and plural/select keywords left out. */
function literalText(elements: readonly MessageFormatElement[]): string {
  return elements
    .map((element) => {
      if (element.type === TYPE.literal) return element.value;
      if (element.type === TYPE.tag) return literalText(element.children);
      if (element.type === TYPE.plural || element.type === TYPE.select) return Object.values(element.options).map((o) => literalText(o.value)).join(' ');
      return ' ';
    })
    .join('');
}

describe('UI text resources', () => {
  const source = resources('en');

  it('English has at least one namespace, and every message parses as ICU', () => {
    assert.ok(source.size > 0);
    for (const language of LANGUAGES)
      for (const [namespace, messages] of resources(language))
        for (const [key, message] of messages) assert.doesNotThrow(() => parse(message), `${language}/${namespace}:${key}`);
  });

  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    it(`${language} has every namespace and key English has, no more, each with the same ICU arguments`, () => {
      const translated = resources(language);
      assert.deepEqual([...translated.keys()].sort(), [...source.keys()].sort(), 'namespaces');
      for (const [namespace, messages] of source) {
        const other = translated.get(namespace)!;
        assert.deepEqual([...other.keys()].sort(), [...messages.keys()].sort(), `keys of ${namespace}`);
        for (const [key, message] of messages) {
          const want = [...argumentsOf(parse(message))].sort();
          const got = [...argumentsOf(parse(other.get(key)!))].sort();
          assert.deepEqual(got, want, `${language}/${namespace}:${key} takes the arguments English takes`);
        }
      }
    });

    it(`${language} translates every sentence: a message with English words has Chinese characters`, () => {
      const untranslated: string[] = [];
      for (const [namespace, messages] of resources(language))
        for (const [key, message] of messages) {
          const english = literalText(parse(source.get(namespace)!.get(key)!));
          // "Docker Hub", "CPU", "ID", "TCP", "JSON": names and abbreviations read the same in both.
          const hasWords = /\b[a-z]{3,}\b/.test(english.replace(/\b(docker|compose|podman|swarm|berth|localhost|latest|tcp|udp|ssh|unix|sctp)\b/gi, ''));
          if (hasWords && !/\p{Script=Han}/u.test(literalText(parse(message)))) untranslated.push(`${namespace}:${key} = ${message}`);
        }
      assert.deepEqual(untranslated, []);
    });
  }
});

describe('names the renderer makes from keys', () => {
  // `t(\`nav.${section}\`)` and `t(\`detail.tabs.${tab}\`)` are keys no static check can see: each one must exist.
  for (const language of LANGUAGES) {
    it(`${language} names every section of the side navigation and every image tab`, () => {
      const all = resources(language);
      const missing = [
        ...sections.map((section) => `common:nav.${section.id}`),
        ...imageTabs.map((tab) => `images:detail.tabs.${tab}`),
      ].filter((key) => {
        const [namespace, path] = key.split(':') as [string, string];
        return !all.get(namespace)?.has(path);
      });
      assert.deepEqual(missing, []);
    });
  }
});

describe('the pseudo-locale en-XA', () => {
  it('accents every letter and adds 30 %, keeping arguments, plurals and tags as they are', () => {
    const message = '{count, plural, one {# container} other {# containers}} on <b>{name}</b>';
    const pseudo = pseudoLocalise(message);
    assert.match(pseudo, /^⟦.*⟧$/);
    assert.deepEqual([...argumentsOf(parse(pseudo))].sort(), [...argumentsOf(parse(message))].sort());
    assert.doesNotMatch(literalText(parse(pseudo)), /[A-Za-z]/, 'no plain ASCII letter is left');
    assert.ok(literalText(parse(pseudo)).length >= literalText(parse(message)).length * 1.3, '30 % longer as shown');
  });
  it('is what a browser set to en-XA gets on auto', () => {
    assert.equal(pickLanguage('auto', ['en-XA', 'en']), 'en-XA');
    assert.equal(pickLanguage('en', ['en-XA']), 'en');
  });
});

describe('the UI language', () => {
  it('follows the setting when one is chosen', () => {
    assert.equal(pickLanguage('zh-CN', ['en-US']), 'zh-CN');
    assert.equal(pickLanguage('en', ['zh-CN']), 'en');
  });
  it('on auto, takes the first preferred locale Berth has: simplified Chinese of any region is zh-CN', () => {
    assert.equal(pickLanguage('auto', ['zh-CN']), 'zh-CN');
    assert.equal(pickLanguage('auto', ['zh']), 'zh-CN');
    assert.equal(pickLanguage('auto', ['zh-SG', 'en']), 'zh-CN');
    assert.equal(pickLanguage('auto', ['fr-FR', 'zh-Hans-HK']), 'zh-CN');
    assert.equal(pickLanguage('auto', ['en-GB', 'zh-CN']), 'en');
  });
  it('traditional-script Chinese, unknown languages and malformed tags fall to English', () => {
    assert.equal(pickLanguage('auto', ['zh-TW']), 'en');
    assert.equal(pickLanguage('auto', ['zh-Hant']), 'en');
    assert.equal(pickLanguage('auto', ['de-DE', 'fr']), 'en');
    assert.equal(pickLanguage('auto', ['not a tag!', 'zh-CN']), 'zh-CN');
    assert.equal(pickLanguage('auto', []), 'en');
  });
});
