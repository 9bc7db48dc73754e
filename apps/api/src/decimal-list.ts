/**
 * A DecimalList: a row of a comparison's cells (a unit's points per criterion, say), written into the
 * answer as JSON bytes made once per row, not completed item by item.
 *
 * Why: a province's communes × criteria across two periods are 27,600 numbers an answer. As `[Float]`
 * lists, graphql-js completing each item and `JSON.stringify` writing each decimal were ~60 % of an
 * uncached request (bench/RESULTS.md, "Stop 31"). A row's values are kept while the published data
 * they come from is (`keptDecimals`: per source object, the comparisons' kept values), so each row's
 * bytes are made once and every later answer copies them. The JSON is the same as `[Float]`'s.
 */
import { randomBytes } from 'node:crypto';
import type { FormattedExecutionResult } from 'graphql';

/** A list of decimals (null: no value) that writes itself into an answer as bytes made once. */
export class DecimalList extends Array<number | null> {
  // map() and filter() of a list give plain arrays.
  static override get [Symbol.species]() {
    return Array;
  }
  #bytes: Buffer | undefined;

  /** JSON.stringify's hook: the list itself, or in `answerBytes` a mark its bytes replace. */
  toJSON(): unknown {
    if (!writing) return this;
    this.#bytes ??= Buffer.from(JSON.stringify(Array.from(this)));
    writing.push(this.#bytes);
    return MARK;
  }
}

/** The bytes of the lists met by the `JSON.stringify` under way in `answerBytes`, in order. */
let writing: Buffer[] | null = null;
/**
 * A mark no other string of an answer can hold: U+0000 (PostgreSQL text cannot store it, requests
 * holding it are refused) and a secret of this process. JSON writes U+0000 as `\u0000`.
 */
const SECRET = randomBytes(12).toString('hex');
const MARK = `\u0000${SECRET}`;
const MARKS = new RegExp(`"\\\\u0000${SECRET}"`);
const NEWLINE = Buffer.from('\n');

/**
 * An answer's bytes as Apollo Server writes it (JSON and a newline), each DecimalList's bytes in
 * place: its marks come in the order JSON.stringify met the lists. The text around them is encoded,
 * the lists' bytes copied — where making one string of it all and encoding that took 2.5× as long.
 */
export function answerBytes(result: FormattedExecutionResult): Buffer {
  const lists: Buffer[] = [];
  writing = lists;
  let text: string;
  try {
    text = JSON.stringify(result);
  } finally {
    writing = null;
  }
  if (lists.length === 0) return Buffer.from(`${text}\n`);
  const chunks: Buffer[] = [];
  for (const [index, piece] of text.split(MARKS).entries()) {
    chunks.push(Buffer.from(piece));
    const list = lists[index];
    if (list) chunks.push(list);
  }
  chunks.push(NEWLINE);
  return Buffer.concat(chunks);
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
