import type { Locale, RuleKind } from '@chiso/scoring';
import type { TFunction } from 'i18next';
import { numberText } from '../../lib/numbers.ts';

/** "rule.steps[4].min" → ["rule", "steps", 4, "min"]. */
export function fieldParts(field: string): Array<string | number> {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) =>
    match[2] === undefined ? (match[1] ?? '') : Number(match[2]),
  );
}

/**
 * Where a changed value sits, in words: "cách chấm điểm › các bậc › 5 › ngưỡng". The node's own
 * field is named as the editor names it; a list position counts from 1.
 */
export function fieldLabel(field: string, t: TFunction): string {
  const [first, ...rest] = fieldParts(field);
  const words = [
    t(`editor.fieldNames.${String(first)}` as 'editor.fieldNames.name', { defaultValue: String(first) }),
  ];
  for (const part of rest)
    words.push(
      typeof part === 'number'
        ? String(part + 1)
        : t(`editor.diffParts.${part}` as 'editor.diffParts.kind', { defaultValue: part }),
    );
  return words.join(' › ');
}

/** One side of a change as the language writes it: numbers "4,5", a rule's kind by its name, none "—". */
export function fieldValue(field: string, value: unknown, t: TFunction, locale: Locale): string {
  if (typeof value === 'number') return numberText(value, locale);
  if (typeof value === 'boolean') return value ? t('input.yes') : t('input.no');
  if (typeof value !== 'string') return '—';
  if (field === 'rule.kind') return t(`ruleKind.${value as RuleKind}`);
  if (field === 'rule.zeroDenominator')
    return value === 'full' ? t('editor.zeroGivesFull') : t('editor.zeroGivesNothing');
  return value;
}
