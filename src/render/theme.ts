/**
 * What every image shares: its font, shipped as an npm package (Noto Sans, which covers every
 * Latin, Greek and Cyrillic name), registered once; colours readable on Discord's dark and
 * light themes alike (an opaque light card, dark text); and text fitted to a width.
 */
import { createRequire } from 'node:module';
import { GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';

export const FONT = 'Accords Sans';

let registered = false;

/** Registers the shipped font (regular and bold) under FONT, once per process. */
export function registerFont(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  for (const file of [
    '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
    '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  ]) {
    if (!GlobalFonts.registerFromPath(require.resolve(file), FONT))
      throw new Error(`police introuvable : ${file}`);
  }
  registered = true;
}

export const COLORS = {
  background: '#F7F8FA',
  border: '#D0D5DD',
  text: '#1D2129',
  muted: '#4B5563',
  grid: '#DCE0E6',
  link: '#7D8798',
  halo: '#F7F8FA',
};

/** Okabe–Ito colours (told apart with colour-blindness), one per status. */
export const STATUS_COLORS: Record<string, string> = {
  signé: '#0072B2',
  adhésion: '#009E73',
  financement: '#56B4E9',
  prolongé: '#CC79A7',
  annoncé: '#E69F00',
  'en négociation': '#F0E442',
  discussions: '#9AA3AF',
  rompu: '#D55E00',
  mentionné: '#4B5563',
};

export const TYPE_COLORS = { pays: '#0072B2', organisation: '#E69F00', personne: '#009E73' };
export const FOCUS_COLOR = '#D55E00';

/** `font` set on the context, as CSS writes it. */
export function font(size: number, bold = false): string {
  return `${bold ? 'bold ' : ''}${size}px "${FONT}"`;
}

/** The text cut with an ellipsis to fit `max` pixels in the context's current font. */
export function fitText(ctx: SKRSContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.measureText(`${text.slice(0, mid).trimEnd()}…`).width <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}
