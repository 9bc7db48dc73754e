import { describeRule, formatNumber, type Locale, Rule } from '@chiso/scoring';
import type { TFunction } from 'i18next';

/**
 * A field's value from a criteria document as a reader wants it in a diff ("2 → 3", a name in the
 * console's language, a rule by its kind and how it scores), not as JSON where avoidable.
 */
export function describeValue(value: unknown, locale: Locale, t: TFunction): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return formatNumber(value, locale);
  if (typeof value === 'boolean') return t(value ? 'input.yes' : 'input.no');
  if (typeof value === 'string') return value;
  const text = value as { vi?: unknown; en?: unknown };
  if (typeof text.vi === 'string' && typeof text.en === 'string') return text[locale] as string;
  const rule = Rule.safeParse(value);
  if (rule.success) {
    const how = describeRule(rule.data, locale);
    return how ? `${t(`ruleKind.${rule.data.kind}`)}: ${how}` : t(`ruleKind.${rule.data.kind}`);
  }
  return JSON.stringify(value);
}
