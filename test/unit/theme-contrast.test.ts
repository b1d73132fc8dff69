import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createBerthTheme } from '../../renderer/src/components/theme.js';

/** WCAG 2 relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

for (const mode of ['light', 'dark'] as const) {
  test(`${mode} mode: every text colour reads at 4.5:1 or more on both backgrounds`, () => {
    const { palette } = createBerthTheme(mode);
    const texts = {
      'text.primary': palette.text.primary,
      'text.secondary': palette.text.secondary,
      'text.disabled (secondary values)': palette.text.disabled,
      'primary (text buttons, links)': palette.primary.main,
      'warning ("reclaimable")': palette.warning.main,
      'success': palette.success.main,
      'error': palette.error.main,
    };
    for (const [background, color] of [['default', palette.background.default], ['paper', palette.background.paper]] as const) {
      for (const [name, text] of Object.entries(texts)) {
        assert.match(text, /^#[0-9a-f]{6}$/i, `${name} is a plain colour the check can read`);
        const ratio = contrast(text, color);
        assert.ok(ratio >= 4.5, `${name} ${text} on ${background} ${color}: ${ratio.toFixed(2)}:1`);
      }
    }
  });
}
