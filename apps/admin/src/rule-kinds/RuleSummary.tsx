import { describeRule, formatPoints, type Rule } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../lib/locale.ts';

/** One line on how a rule turns the reported value into points; the kind's own words come from @chiso/scoring. */
export function RuleSummary({ rule, max }: { rule: Rule; max: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const maxText = formatPoints(Math.round(max * 100), locale);
  const detail = describeRule(rule, locale);
  return (
    <span className="rule-summary">
      <span className="badge">{t(`ruleKind.${rule.kind}`)}</span> {t('rule.max', { points: maxText })}
      {detail && <> · {detail}</>}
    </span>
  );
}
