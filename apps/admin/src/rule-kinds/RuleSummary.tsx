import { formatPoints, type Rule } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../lib/locale.ts';

/** One line on how a rule turns the reported value into points. */
export function RuleSummary({ rule, max }: { rule: Rule; max: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const maxText = formatPoints(Math.round(max * 100), locale);
  let detail = '';
  switch (rule.kind) {
    case 'ratio':
      detail = `${rule.numerator[locale]} ÷ ${rule.denominator[locale]}`;
      break;
    case 'share':
    case 'bestInCohort':
      detail = rule.measure[locale];
      break;
    case 'steps':
      detail = `${rule.measure[locale]}: ${[...rule.steps]
        .sort((a, b) => b.min - a.min)
        .map(
          (step) =>
            `≥ ${step.min.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB')} → ${formatPoints(Math.round(step.points * 100), locale)}`,
        )
        .join('; ')}`;
      break;
    case 'cappedCount':
      detail = t('rule.perItem', {
        points: formatPoints(Math.round(rule.pointsPerItem * 100), locale),
        item: rule.item[locale],
      });
      break;
    case 'choice':
      detail = rule.options
        .map((option) => `${option.label[locale]} = ${formatPoints(Math.round(option.points * 100), locale)}`)
        .join('; ');
      break;
    case 'yesNo':
      detail = rule.question?.[locale] ?? '';
      break;
    case 'manual':
      detail = rule.guidance?.[locale] ?? '';
      break;
  }
  return (
    <span className="rule-summary">
      <span className="badge">{t(`ruleKind.${rule.kind}`)}</span> {t('rule.max', { points: maxText })}
      {detail && <> · {detail}</>}
    </span>
  );
}
