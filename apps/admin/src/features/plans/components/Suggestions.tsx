import { formatPoints } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { nodeOf } from '../../../graphql/graphql.ts';
import { hundredths, useLocale } from '../../../lib/locale.ts';
import { PLAN_SUGGESTIONS } from '../operations.ts';
import { suggestedRows, type TargetRow } from './target-rows.ts';

/**
 * "Đường ngắn nhất lên mức tiếp theo" per category, from the base period's result: one click adds its
 * steps as targets (criteria already in the plan are left as they are).
 */
export function Suggestions({
  planId,
  rows,
  onAdd,
}: {
  planId: string;
  rows: TargetRow[];
  onAdd: (rows: TargetRow[]) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [{ data }] = useQuery({ query: PLAN_SUGGESTIONS, variables: { id: planId } });
  const suggestions = nodeOf(data?.node, 'ImprovementPlan')?.suggestions ?? [];
  if (suggestions.length === 0) return null;
  return (
    <section className="plan-suggestions" aria-labelledby="plan-suggestions">
      <h2 id="plan-suggestions">{t('plans.suggestions')}</h2>
      <ul>
        {suggestions.map(({ setCode, path }) => (
          <li key={`${setCode}/${path.categoryCode}`}>
            {path.explanation[locale]}{' '}
            <button type="button" onClick={() => onAdd(suggestedRows(setCode, path.steps, rows, locale))}>
              {t('plans.addSuggestion', { gain: formatPoints(hundredths(path.gain), locale) })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
