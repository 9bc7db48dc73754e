import { formatPoints, type Locale } from '@chiso/scoring';
import { hundredths } from '../../../lib/locale.ts';

/** Points from the API, or a dash where there is no value. */
export const points = (value: number | null | undefined, locale: Locale) =>
  value === null || value === undefined ? '—' : formatPoints(hundredths(value), locale);

/** Two decimals with a true minus sign; a plus sign too when `plus` (a change). Zero has none. */
function signed(value: number | null | undefined, locale: Locale, plus: boolean): string {
  if (value === null || value === undefined) return '—';
  const text = formatPoints(hundredths(Math.abs(value)), locale);
  if (hundredths(value) === 0) return text;
  if (value < 0) return `−${text}`;
  return plus ? `+${text}` : text;
}

/** A change in points: "+1,50", "−0,25", "0,00". */
export const signedPoints = (value: number | null | undefined, locale: Locale) => signed(value, locale, true);

/**
 * A plain two-decimal number (min-max values, z-scores) in the locale's notation; points have the
 * same notation, so their formatter serves.
 */
export const decimal = (value: number | null | undefined, locale: Locale) => signed(value, locale, false);

/** Green for a gain, red for a loss, stronger the larger the change against the node's maximum. */
export function deltaColour(delta: number | null, maxPoints: number): string {
  if (delta === null || delta === 0 || maxPoints <= 0) return 'transparent';
  const strength = Math.min(1, Math.abs(delta) / maxPoints);
  const lightness = Math.round(95 - strength * 25);
  return delta > 0 ? `hsl(120 55% ${lightness}%)` : `hsl(0 70% ${lightness}%)`;
}
