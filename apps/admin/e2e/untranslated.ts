/**
 * Finds English left on a screen shown in Vietnamese. A word leaks when it is one the console's
 * English texts use (en.json) and its Vietnamese texts never do (vi.json): that catches labels
 * missing from the Vietnamese catalogue and English messages from the server, without flagging data
 * (unit and criteria names are Vietnamese; codes and numbers are not words of en.json). Known
 * leaks of the past ("v2017", "Min-max", "Z-score") are looked for by their shape.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';

/** Words anyone writes as they are, in Vietnamese too; "English" is the language switch's own name. */
const PROPER_NAMES = [
  'excel',
  'pdf',
  'csv',
  'xlsx',
  'yaml',
  'json',
  'graphql',
  'api',
  'email',
  'chiso',
  'english',
];
/** Vietnamese syllables without diacritics that are also English words of en.json (place names: "Mông Dương Than"). */
const VIETNAMESE_SYLLABLES = ['than', 'long', 'can', 'con', 'ban', 'hang', 'tin', 'son', 'bang'];

const catalogue = (language: 'vi' | 'en'): string[] => {
  const texts: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string') texts.push(value.replace(/\{\{[^}]*\}\}/g, ' '));
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(JSON.parse(readFileSync(resolve(`src/i18n/${language}.json`), 'utf8')));
  return texts;
};

/** ASCII-only words of three letters or more ("Tiêu" and "SS.01" are not). */
const asciiWords = (text: string) =>
  text
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => /^[A-Za-z]{3,}$/.test(word))
    .map((word) => word.toLowerCase());

const vietnamese = new Set([
  ...catalogue('vi').flatMap(asciiWords),
  ...PROPER_NAMES,
  ...VIETNAMESE_SYLLABLES,
]);
const englishOnly = new Set(
  catalogue('en')
    .flatMap(asciiWords)
    .filter((word) => !vietnamese.has(word)),
);

/** Fails, naming the words, when the screen shows English where Vietnamese belongs. */
export async function expectNoEnglish(page: Page, screen: string) {
  // biome-ignore lint/performance/useDomNodeTextContent: what is shown, not hidden options and templates
  const text = await page.locator('body').innerText();
  // Codes are data, not words: "qn-268-district-supplement", "SS.01".
  const words = text
    .split(/\s+/)
    .filter((chunk) => !/^[a-z0-9]+(?:[-_.][a-z0-9]+)+$/i.test(chunk.replace(/^\W+|\W+$/g, '')))
    .flatMap((chunk) => chunk.split(/[^\p{L}\p{N}]+/u));
  const leaks = [
    ...new Set([
      ...words.filter((word) => englishOnly.has(word.toLowerCase())),
      ...(text.match(/\bv\d{4}\b|\bmin-max\b|\bz-score\b/gi) ?? []),
    ]),
  ];
  expect(leaks, `English words on the Vietnamese screen "${screen}"`).toEqual([]);
}
