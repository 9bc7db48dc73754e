// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { englishWordsIn } from '@chiso/scoring';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import vi from './vi.json';

const src = fileURLToPath(new URL('..', import.meta.url));

/** Every leaf key, dotted ("review.count_other"). */
function keysOf(texts: object, prefix = ''): string[] {
  return Object.entries(texts).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value as object, `${prefix}${key}.`),
  );
}

/** The console's sources (not the tests, which may name keys that are gone). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)
      ? [readFileSync(path, 'utf8')]
      : [];
  });
}

describe('texts', () => {
  it('keeps English words out of the Vietnamese texts', () => {
    const english = keysOf(vi)
      .map((key) => [
        key,
        key.split('.').reduce<unknown>((at, part) => (at as Record<string, unknown>)[part], vi),
      ])
      .filter(([, text]) => englishWordsIn(String(text)).length > 0);
    expect(english).toEqual([]);
  });

  it('has the same keys in Vietnamese and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(vi).sort());
  });

  // A key counts as used when it is quoted whole, or under a prefix a template literal completes: t(`status.${…}`).
  it('uses every key', () => {
    const code = sources(src).join('\n');
    const prefixes = [...code.matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z]+)*\.)\$\{/g)].map((match) => match[1] ?? '');
    // Plural forms are asked for by their base key with a count.
    const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
    const unused = keysOf(vi).filter((key) => {
      const asked = base(key);
      return !code.includes(`'${asked}'`) && !prefixes.some((prefix) => asked.startsWith(prefix));
    });
    expect(unused).toEqual([]);
  });
});
