// Text contrast of the popup's and the hover card's colour pairs, light and dark, against
// WCAG 2.2 AA: 4.5:1 for text. Colours are read from the stylesheets, so a change that
// breaks contrast fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function luminance(hex: string): number {
  const v = hex.replace('#', '');
  const full = v.length === 3 ? [...v].map((c) => c + c).join('') : v;
  const [r, g, b] = [0, 2, 4]
    .map((i) => parseInt(full.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

function variables(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/--([a-z-]+):\s*(#[0-9a-fA-F]{3,6})/g)].map((m) => [m[1]!, m[2]!]),
  );
}

describe('colour contrast (WCAG AA, 4.5:1)', () => {
  const css = readFileSync(join(ROOT, 'src', 'popup', 'popup.css'), 'utf8');
  const light = variables(css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)')));
  const dark = {
    ...light,
    ...variables(css.slice(css.indexOf('@media (prefers-color-scheme: dark)'))),
  };
  // Every text colour on every background the stylesheet puts it on.
  const pairs: [string, string][] = [
    ['fg', 'bg'],
    ['muted', 'bg'],
    ['accent', 'bg'],
    ['warn', 'bg'],
    ['fg', 'accent-bg'],
    ['accent', 'accent-bg'],
    ['muted', 'accent-bg'],
    ['fg', 'warn-bg'],
    ['warn', 'warn-bg'],
    ['fg', 'note-bg'],
    ['muted', 'note-bg'],
  ];
  for (const [theme, vars] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it(`popup, ${theme} theme`, () => {
      const low = pairs
        .map(([fg, bg]) => ({ pair: `${fg} on ${bg}`, ratio: contrast(vars[fg]!, vars[bg]!) }))
        .filter((p) => p.ratio < 4.5);
      expect(low).toEqual([]);
    });
  }

  it('hover card, both themes', () => {
    const card = readFileSync(join(ROOT, 'src', 'content', 'hover-card.ts'), 'utf8');
    const color = (selector: string, prop: 'color' | 'background', dark = false) => {
      const part = dark
        ? card.slice(card.indexOf('prefers-color-scheme: dark'))
        : card.slice(0, card.indexOf('prefers-color-scheme: dark'));
      const rule = new RegExp(
        `${selector.replace('.', '\\.')} \\{[^}]*?(?:^|[ ;{])${prop}: (#[0-9a-fA-F]{3,6})`,
      ).exec(part);
      return rule?.[1];
    };
    const checks: [string, string, string][] = [
      ['card text', color('.card', 'color')!, color('.card', 'background')!],
      ['class line', color('.cls', 'color')!, color('.card', 'background')!],
      ['boxed flag', color('.bw', 'color')!, color('.bw', 'background')!],
      ['primary button', color('button.primary', 'color')!, color('button.primary', 'background')!],
      ['close button', color('button.close', 'color')!, color('button.close', 'background')!],
      ['card text, dark', color('.card', 'color', true)!, color('.card', 'background', true)!],
      ['class line, dark', color('.cls', 'color', true)!, color('.card', 'background', true)!],
      [
        'close button, dark',
        color('button.close', 'color', true)!,
        color('button.close', 'background', true)!,
      ],
    ];
    for (const [name, fg, bg] of checks) {
      expect(fg && bg, name).toBeTruthy();
      expect(contrast(fg, bg), name).toBeGreaterThanOrEqual(4.5);
    }
  });
});
