// The UI's words as the tests see them (issue 12): a control's name in another language, found through the
// English the other suites use; and the text on screen that did not come from the resources.
import type { Page } from 'playwright-core';
import { pseudoLocalise } from '../../renderer/src/i18n/pseudo.js';
import { docker } from './env.js';
import { flattenMessages, namespacesOf, readNamespace } from './locales.js';

let english: Set<string> | undefined;
/** Every English message (exactly as written, arguments and all). */
function englishMessages(): Set<string> {
  if (!english) {
    english = new Set(namespacesOf('en').flatMap((ns) => [...flattenMessages(readNamespace('en', ns)).values()]));
  }
  return english;
}

/**
 * What the pseudo-locale calls what English calls `name` (a message without arguments). Fails when no message
 * says it: then the name the test gives is not the UI's.
 */
export function pseudoName(name: string): string {
  if (!englishMessages().has(name)) throw new Error(`no UI message reads “${name}”`);
  return pseudoLocalise(name);
}

/** What a test made and the engine has, which shows as it is in every language (names, images, commands, drivers…). */
export async function engineWords(): Promise<Set<string>> {
  const outputs = await Promise.all([
    docker('ps', '-a', '--format', '{{.Names}} {{.Image}} {{.Command}} {{.Networks}} {{.Mounts}}'),
    docker('images', '--format', '{{.Repository}} {{.Tag}} {{.Repository}}:{{.Tag}}'),
    docker('volume', 'ls', '--format', '{{.Name}} {{.Driver}}'),
    docker('network', 'ls', '--format', '{{.Name}} {{.Driver}} {{.Scope}}'),
    docker('info', '--format', '{{.Name}} {{.OperatingSystem}} {{.OSType}} {{.Architecture}} {{.Driver}} {{.KernelVersion}} {{.LoggingDriver}} {{.CgroupDriver}} {{.DockerRootDir}} {{.InitBinary}} {{.Isolation}}'),
    docker('version', '--format', '{{.Server.Os}} {{.Server.Arch}} {{.Server.GoVersion}} {{.Server.KernelVersion}}'),
  ]);
  const words = new Set<string>();
  for (const output of outputs) for (const word of output.split(/[\s,"'()]+/)) if (word) words.add(word.replace(/…$/, ''));
  return words;
}

/**
 * Words that read the same in every language: names of products, protocols, keys and shells, docker's units,
 * markers and restart policies, the match-case glyph.
 */
const UNIVERSAL = /^(Berth|Docker|Hub|Podman|Compose|Swarm|Linux|macOS|Windows|WSL2?|Lima|dockerd|containerd|runc|docker|sha256|tcp|udp|sctp|unix|ssh|https?|ws|B|kB|MB|GB|TB|KiB|MiB|GiB|TiB|s|ms|x86_64|amd64|arm64|latest|none|<none>|en|zh-CN|简体中文|English|Ctrl|Cmd|Shift|Alt|Esc|Enter|Tab|Aa|sh|bash|no|always|unless-stopped|on-failure)$/;

/**
 * The words Intl writes for English, the locale beneath the pseudo-locale (lib/locale.ts): relative times
 * ("3 min. ago", "now"), durations ("3 minutes"), AM/PM. They are localised by Intl, not by the resources.
 */
const INTL_WORDS = (() => {
  const words = new Set<string>();
  const add = (text: string) => text.split(/[\s,.]+/).forEach((word) => word && words.add(word));
  const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto', style: 'short' });
  const units = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;
  for (const unit of units) for (const value of [0, -1, -2, 1, 2]) add(relative.format(value, unit));
  for (const unit of units) for (const value of [1, 2]) add(new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay: 'long' }).format(value));
  for (const hour of [1, 13]) add(new Date(2026, 0, 1, hour).toLocaleTimeString('en'));
  return words;
})();

/** A word that is data by its shape: an id, a digest, a number with a unit, a path, an address, a port mapping, a version, a host, an environment variable, a file mode. */
function isDataShaped(word: string): boolean {
  return (
    /^[0-9a-f]{7,}$/.test(word) ||
    /^sha256:[0-9a-f]*$/.test(word) ||
    /^[\d.,:%/+\-–>]+[a-zA-Z]{0,3}$/.test(word) ||
    /^[~/.]/.test(word) ||
    /^[a-z][a-z0-9+.-]*:\/\//.test(word) ||
    /^v?\d+(\.\d+)+/.test(word) ||
    /^\d/.test(word) ||
    /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?$/.test(word) || // a host name: docker.io, registry.example.com:5000
    /^[A-Z][A-Z0-9_]*(=.*)?$/.test(word) || // an environment variable: PATH, PATH=/usr/bin
    /^-?[dlcbps-]?[rwxsStT-]{9}$/.test(word) // a file mode: drwxr-xr-x
  );
}

/**
 * The words on screen (text, aria-label, title, placeholder of what is visible) that are plain ASCII English
 * and neither data nor universal: in the pseudo-locale every message's letters are accented, so these did not
 * come from the resources. Logs, terminals, JSON and CLI lines are content, not UI, and are left out.
 */
export async function untranslatedOnScreen(page: Page, data: Set<string>): Promise<string[]> {
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  const texts = await page.evaluate(() => {
    const found: string[] = [];
    const content = '[role="log"], .xterm, pre, code, [data-testid="run-command-preview"], [data-cli]';
    const visible = (element: Element) => element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(content) || !visible(parent) || !node.textContent?.trim()) continue;
      found.push(node.textContent);
    }
    for (const element of Array.from(document.querySelectorAll('[aria-label], [title], [placeholder]'))) {
      if (element.closest(content) || !visible(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value?.trim()) found.push(value);
      }
    }
    return found;
  });
  const dataList = [...data].filter((word) => word.length >= 2).sort((a, b) => b.length - a.length);
  const problems = new Set<string>();
  for (const text of texts) {
    // A CLI line ("docker run -d --name …", as the palette's run-again entries show it) is never translated.
    if (/^docker [a-z]/.test(text.trim())) continue;
    // Product names and CLI lines ("Docker Engine", "docker run", "docker context ls") read the same in every language.
    const words = text.replace(/\bDocker Engine\b/g, ' ').replace(/\bdocker(?: [a-z][a-z-]*){1,2}\b/g, ' ');
    for (const raw of words.split(/[\s,;()[\]{}"“”‘’«»·…|—⟦⟧]+/)) {
      const word = raw.replace(/^[^\p{L}\p{N}<~/.]+|[^\p{L}\p{N}>]+$/gu, '');
      if (!/[A-Za-z]{2,}/.test(word) || /[^ -~]/.test(word)) continue;
      if (UNIVERSAL.test(word) || INTL_WORDS.has(word) || INTL_WORDS.has(word.replace(/\.$/, '')) || isDataShaped(word) || data.has(word)) continue;
      // Part of a name (a search match is highlighted apart from the rest of it): tests name what they make with no English words.
      if (word.length >= 3 && dataList.some((token) => token.includes(word))) continue;
      // A word made of data (an image reference with its tag, a name with a port): what is left has no word.
      const rest = dataList.reduce((left, token) => left.split(token).join(' '), word);
      if (!/[A-Za-z]{2,}/.test(rest)) continue;
      problems.add(`“${word}” in “${text.trim().slice(0, 80)}”`);
    }
  }
  return [...problems];
}
