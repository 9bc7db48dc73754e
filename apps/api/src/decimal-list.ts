/**
 * A DecimalList: a row of a comparison's cells (a unit's points per criterion, say), written into the
 * answer as JSON text made once per row, not completed item by item.
 *
 * Why: a province's communes × criteria across two periods are 27,600 numbers an answer. As `[Float]`
 * lists, graphql-js completing each item and `JSON.stringify` writing each decimal were ~60 % of an
 * uncached request (bench/RESULTS.md, "Stop 31"). A row's values are kept while the published data
 * they come from is (`keptDecimals`: per source object, the comparisons' kept values), so each row's
 * text is made once and every later answer copies it. The JSON is the same as `[Float]`'s.
 */
import { randomBytes } from 'node:crypto';
import type { FormattedExecutionResult } from 'graphql';

/** A list of decimals (null: no value) that writes itself into an answer as text made once. */
export class DecimalList extends Array<number | null> {
  // map() and filter() of a list give plain arrays.
  static override get [Symbol.species]() {
    return Array;
  }
  #text: string | undefined;

  /** JSON.stringify's hook: the list itself, or in `answerText` a mark its text replaces. */
  toJSON(): unknown {
    if (!writing) return this;
    this.#text ??= JSON.stringify(Array.from(this));
    writing.push(this.#text);
    return `${MARK}${writing.length - 1}`;
  }
}

/** The texts of the lists met by the `JSON.stringify` under way in `answerText`, in order. */
let writing: string[] | null = null;
/**
 * A mark no other string of an answer can hold: U+0000 (PostgreSQL text cannot store it) and a
 * secret of this process. JSON writes U+0000 as `\u0000`.
 */
const SECRET = randomBytes(12).toString('hex');
const MARK = `\u0000${SECRET}`;
const MARKS = new RegExp(`"\\\\u0000${SECRET}(\\d+)"`, 'g');

/** An answer as Apollo Server writes it (JSON and a newline), each DecimalList's text in place. */
export function answerText(result: FormattedExecutionResult): string {
  const texts: string[] = [];
  writing = texts;
  let text: string;
  try {
    text = JSON.stringify(result);
  } finally {
    writing = null;
  }
  if (texts.length > 0) text = text.replace(MARKS, (_, index: string) => texts[Number(index)] as string);
  return `${text}\n`;
}

/**
 * A resolver giving `values(source)` as a DecimalList made once per source object: sources are the
 * comparisons' kept values (derived.ts), shared by every request until published data changes.
 */
export function keptDecimals<T extends object>(
  values: (source: T) => ReadonlyArray<number | null>,
): (source: T) => DecimalList {
  const kept = new WeakMap<T, DecimalList>();
  return (source) => {
    let list = kept.get(source);
    if (!list) {
      list = DecimalList.from(values(source)) as DecimalList;
      kept.set(source, list);
    }
    return list;
  };
}
