import type { Page } from 'playwright-core';

/**
 * What is wrong with a page's layout at its current width, as a list of plain sentences (empty: nothing).
 * Runs in the page: a sideways scroll of the document or of any grid, a control cut off by the window or by
 * a clipping ancestor, a control whose own label is cut short, and controls of one toolbar drawn over each
 * other. Logs, terminals and JSON views may scroll sideways (their lines are long by nature); nothing else may.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  // tsx compiles the function below with esbuild's keepNames, which calls a `__name` helper the page lacks.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (element: Element) => {
      const label = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
      return `${element.tagName.toLowerCase()}${element.getAttribute('role') ? `[role=${element.getAttribute('role')}]` : ''} “${label}”`;
    };
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > window.innerWidth + 1) problems.push(`the page scrolls sideways: ${root.scrollWidth} px wide in ${window.innerWidth}`);
    const mayScroll = (element: Element) => element.closest('[role="log"], .xterm, [data-scrolls-sideways]') !== null;
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('main *, nav *, header *'))) {
      const style = getComputedStyle(element);
      if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && element.scrollWidth > element.clientWidth + 1 && !mayScroll(element)) {
        problems.push(`${describe(element)} scrolls sideways: ${element.scrollWidth} px of content in ${element.clientWidth}`);
      }
    }
    const controls = Array.from(document.querySelectorAll<HTMLElement>('button, a[href], [role="button"], [role="checkbox"], input, [role="combobox"]')).filter((element) => {
      if (mayScroll(element) || element.closest('[aria-hidden="true"]')) return false;
      const rect = element.getBoundingClientRect();
      // An invisible input laid over its visible control (MUI's switch and checkbox) is not what people see.
      const style = getComputedStyle(element);
      return rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' && style.opacity !== '0';
    });
    for (const control of controls) {
      const rect = control.getBoundingClientRect();
      if (rect.left < -1 || rect.right > window.innerWidth + 1) {
        problems.push(`${describe(control)} is outside the window (${Math.round(rect.left)}–${Math.round(rect.right)} of ${window.innerWidth})`);
        continue;
      }
      for (let ancestor = control.parentElement; ancestor; ancestor = ancestor.parentElement) {
        const style = getComputedStyle(ancestor);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const box = ancestor.getBoundingClientRect();
        // Rows out of view in a list that scrolls up and down are not cut: only what is cut sideways counts.
        // Text cut with an ellipsis (the full text on hover) is shortened on purpose, and says so.
        if (style.textOverflow === 'ellipsis' && control.tagName !== 'BUTTON') break;
        if (rect.left < box.left - 1 || rect.right > box.right + 1) {
          problems.push(`${describe(control)} is cut off by ${describe(ancestor)}`);
          break;
        }
      }
      if (control.tagName === 'BUTTON' && control.textContent?.trim() && control.scrollWidth > control.clientWidth + 1) {
        problems.push(`${describe(control)} has its label cut short`);
      }
    }
    for (const toolbar of Array.from(document.querySelectorAll('[role="toolbar"]'))) {
      const items = Array.from(toolbar.querySelectorAll<HTMLElement>('button, a[href]')).map((element) => ({ element, rect: element.getBoundingClientRect() }));
      for (let i = 0; i < items.length; i++) {
        for (let j = i + 1; j < items.length; j++) {
          const a = items[i]!.rect;
          const b = items[j]!.rect;
          if (a.width === 0 || b.width === 0) continue;
          const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
          if (overlap) problems.push(`${describe(items[i]!.element)} and ${describe(items[j]!.element)} overlap`);
        }
      }
    }
    return [...new Set(problems)];
  });
}
