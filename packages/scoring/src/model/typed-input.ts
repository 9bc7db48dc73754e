/**
 * Criteria files and the API's typed inputs hold the same model in two spellings: a file writes
 * kinds in camelCase ("yesNo", "groupShare", zeroDenominator "full") where GraphQL enums are
 * SCREAMING_SNAKE (YES_NO), a file's source row is a number or a label where the input keeps a label
 * apart (`rowLabel`), and only a file has `$schema`. One place says so for every client that sends
 * file shapes — the console's editor and the API's own tests.
 */

/** A model value ("groupShare") as the API names its enum value (GROUP_SHARE). */
export const enumName = (value: string): string => value.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

/** A node, level rules or a whole document as criteria files hold them, in the typed inputs' shape. */
export function toTypedInput(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toTypedInput);
  if (value === null || typeof value !== 'object') return value;
  const input: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (key === '$schema') continue;
    if ((key === 'kind' || key === 'zeroDenominator') && typeof field === 'string')
      input[key] = enumName(field);
    else if (key === 'row' && typeof field === 'string') input.rowLabel = field;
    else input[key] = toTypedInput(field);
  }
  return input;
}
