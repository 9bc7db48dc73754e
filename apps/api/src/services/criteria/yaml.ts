import { problem } from '@chiso/scoring';
import { type Document, isMap, isSeq, LineCounter, parseDocument, stringify } from 'yaml';
import { type FieldIssue, issueAt, validationFailed } from '../../errors.ts';

const NODE_LISTS = ['categories', 'groups', 'criteria', 'indicators'] as const;

/**
 * Reads a criteria document written in YAML. Syntax errors become VALIDATION_FAILED issues named
 * by the node they fall in ("SS/SS.HT/SS.03") where that can be told, with line and column.
 */
export function readYaml(text: string): unknown {
  const lines = new LineCounter();
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
  if (document.errors.length > 0) {
    const issues: FieldIssue[] = document.errors.map((error) => {
      const at = lines.linePos(error.pos[0]);
      const found = problem('YAML_SYNTAX', {
        line: at.line,
        column: at.col,
        reason: error.code,
        detail: firstLine(error.message),
      });
      return issueAt(nodeAt(document, error.pos[0]) ?? '(yaml)', found);
    });
    throw validationFailed(issues, {
      vi: `Tệp YAML không đọc được (${issues.length} lỗi cú pháp); chưa có gì được lưu.`,
      en: `The YAML could not be read (${issues.length} syntax error(s)); nothing was saved.`,
    });
  }
  try {
    const value: unknown = document.toJS({ maxAliasCount: 100 });
    if (!expandsBeyond(value, MAX_YAML_VALUES)) return value;
  } catch (error) {
    // The yaml library's own guard against alias expansion ("billion laughs").
    if (!(error instanceof ReferenceError)) throw error;
  }
  throw expandsTooFar();
}

/** More values than the largest criteria set needs many times over (the 2392 district set: ~6,000). */
const MAX_YAML_VALUES = 100_000;

/**
 * Whether a document holds more than `max` values once its aliases are expanded: a few kilobytes of
 * nested aliases stand for billions of values, which the yaml library shares by reference but
 * everything after it (checks, storage) would walk one by one. Stops counting at `max`.
 */
function expandsBeyond(value: unknown, max: number): boolean {
  const pending: unknown[] = [value];
  let count = 0;
  while (pending.length > 0) {
    if (++count > max) return true;
    const next = pending.pop();
    if (next !== null && typeof next === 'object') pending.push(...Object.values(next));
  }
  return false;
}

function expandsTooFar() {
  const messages = {
    vi: `Tệp YAML mở rộng quá ${MAX_YAML_VALUES.toLocaleString('vi-VN')} giá trị (do dùng bí danh & và *); chưa có gì được lưu.`,
    en: `The YAML expands to more than ${MAX_YAML_VALUES.toLocaleString('en')} values (through & and * aliases); nothing was saved.`,
  };
  return validationFailed(
    [issueAt('(yaml)', problem('YAML_EXPANDS_TOO_FAR', { max: MAX_YAML_VALUES }))],
    messages,
  );
}

/** The document as YAML, as criteria files are written (no line wrapping, keys in model order). */
export function writeYaml(document: unknown): string {
  return stringify(document, { lineWidth: 0 });
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/** The code path of the deepest criteria node whose text contains `offset`, if any. */
function nodeAt(document: Document, offset: number): string | undefined {
  const codes: string[] = [];
  let current: unknown = document.contents;
  for (;;) {
    if (!isMap(current)) break;
    const list = NODE_LISTS.map((key) => current && isMap(current) && current.get(key, true)).find(isSeq);
    const item = list?.items.find(
      (node) => isMap(node) && node.range && node.range[0] <= offset && offset <= node.range[2],
    );
    if (!isMap(item)) break;
    const code = item.get('code');
    codes.push(typeof code === 'string' ? code : '?');
    current = item;
  }
  return codes.length > 0 ? codes.join('/') : undefined;
}
