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
        detail: firstLine(error.message),
      });
      return issueAt(nodeAt(document, error.pos[0]) ?? '(yaml)', found);
    });
    throw validationFailed(issues, {
      vi: `Tệp YAML không đọc được (${issues.length} lỗi cú pháp); chưa có gì được lưu.`,
      en: `The YAML could not be read (${issues.length} syntax error(s)); nothing was saved.`,
    });
  }
  return document.toJS({ maxAliasCount: 100 });
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
