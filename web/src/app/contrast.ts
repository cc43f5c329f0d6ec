import { darken, defaultVariantColorsResolver, lighten, luminance, parseThemeColor, type CSSVariablesResolver, type MantineColorsTuple, type VariantColorsResolver } from '@mantine/core';

/**
 * Colour variables that meet WCAG 2.2 AA (4.5:1 for text) in both schemes. Mantine's defaults put
 * shade 6 text on a 10 % tint of itself (green badges at 2.2:1, blue links at 3.5:1) and grey
 * "dimmed" text at 3.3:1; for each palette we pick the first shade, or a darkened shade 9, that
 * reaches the ratio against the background it is drawn on (decision 0041).
 */
const AA = 4.6; // a little over 4.5, so rounding in the browser never drops below it

function ratio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `color` laid over `base` at `share` opacity, as the browser paints a translucent tint. */
function over(color: string, base: string, share: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  const mixed = [0, 1, 2].map((i) => Math.round(channel(color, i) * share + channel(base, i) * (1 - share)));
  return `#${mixed.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** The first candidate readable on `background`; the last (darkest or lightest) one otherwise. */
function firstReadable(candidates: string[], background: string): string {
  return candidates.find((c) => ratio(c, background) >= AA) ?? candidates[candidates.length - 1]!;
}

function darkerShades(colors: MantineColorsTuple): string[] {
  return [colors[7], colors[8], colors[9], darken(colors[9], 0.2), darken(colors[9], 0.4), darken(colors[9], 0.6)].map(toHex);
}

function toHex(color: string): string {
  const rgba = /^rgba?\((\d+), (\d+), (\d+)/.exec(color);
  return rgba ? `#${rgba.slice(1, 4).map((v) => Number(v).toString(16).padStart(2, '0')).join('')}` : color;
}

const WHITE = '#ffffff';
const DARK_BODY = '#242424'; // Mantine's dark-7, the page in the dark scheme

export const accessibleColors: CSSVariablesResolver = (theme) => {
  const light: Record<string, string> = { '--mantine-color-dimmed': theme.colors.gray[7] };
  const dark: Record<string, string> = { '--mantine-color-dimmed': theme.colors.dark[1] };
  for (const [name, colors] of Object.entries(theme.colors)) {
    if (name === 'dark') continue;
    const shades = darkerShades(colors);
    const tint = over(toHex(colors[8]), WHITE, 0.1);
    light[`--mantine-color-${name}-text`] = firstReadable(shades, WHITE);
    light[`--mantine-color-${name}-light-color`] = firstReadable(shades, tint);
    // White text on filled buttons and badges.
    const filled = shades.find((c) => ratio(WHITE, c) >= AA) ?? shades[shades.length - 1]!;
    light[`--mantine-color-${name}-filled`] = filled;
    light[`--mantine-color-${name}-filled-hover`] = toHex(darken(filled, 0.12));
    light[`--mantine-color-${name}-outline`] = light[`--mantine-color-${name}-text`]!;
    const lighter = [colors[3], colors[2], colors[1], colors[0]];
    const darkTint = over(toHex(colors[6]), DARK_BODY, 0.15);
    dark[`--mantine-color-${name}-text`] = firstReadable(lighter, DARK_BODY);
    dark[`--mantine-color-${name}-light-color`] = firstReadable(lighter, darkTint);
    const darkFilled = darkerShades(colors).find((c) => ratio(WHITE, c) >= AA) ?? colors[9];
    dark[`--mantine-color-${name}-filled`] = darkFilled;
    dark[`--mantine-color-${name}-filled-hover`] = toHex(darken(darkFilled, 0.12));
  }
  light['--mantine-color-anchor'] = light[`--mantine-color-${theme.primaryColor}-text`]!;
  dark['--mantine-color-anchor'] = dark[`--mantine-color-${theme.primaryColor}-text`]!;
  return { variables: {}, light, dark };
};

const TINTED = new Set(['light', 'subtle', 'outline', 'transparent']);

/**
 * Text on a tint of an admin-chosen colour (a pipeline stage's yellow): Mantine draws it in the
 * colour itself, 1.7:1 for yellow. We darken it for the light scheme and lighten it for the dark
 * one until it reads, and let the browser pick with `light-dark()` (Mantine sets `color-scheme`).
 */
export const readableVariants: VariantColorsResolver = (input) => {
  const base = defaultVariantColorsResolver(input);
  if (!TINTED.has(input.variant)) return base;
  const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
  if (parsed.isThemeColor || !/^#[0-9a-f]{6}$/i.test(parsed.value)) return base;
  const hex = parsed.value.toLowerCase();
  const darker = [0, 0.15, 0.3, 0.45, 0.6, 0.75].map((share) => toHex(darken(hex, share)));
  const lighter = [0, 0.2, 0.4, 0.6, 0.8].map((share) => toHex(lighten(hex, share)));
  const onLight = firstReadable(darker, over(hex, WHITE, 0.1));
  const onDark = firstReadable(lighter, over(hex, DARK_BODY, 0.15));
  return { ...base, color: `light-dark(${onLight}, ${onDark})` };
};
