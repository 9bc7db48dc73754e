/**
 * English words that give away an untranslated Vietnamese text ("…, tính 0 điểm (expected a
 * number)"): the catalogue's and the console's tests hold every Vietnamese text to this list.
 */
const ENGLISH_WORDS = [
  'expected',
  'must',
  'invalid',
  'string',
  'number',
  'got',
  'between',
  'required',
  'should',
  'cannot',
  'the',
  'is',
  'are',
  'not',
  'points',
  'value',
  'empty',
  'field',
  'at least',
  'at most',
  'more than',
];
const PATTERNS = ENGLISH_WORDS.map(
  (word) => [word, new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'iu')] as const,
);

/** The English words of the list found in `text` (placeholders such as `{{count}}` left out). */
export function englishWordsIn(text: string): string[] {
  const words = text.replace(/\{\{[^}]*\}\}/g, '');
  return PATTERNS.filter(([, pattern]) => pattern.test(words)).map(([word]) => word);
}
