import { formatPoints } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';
import { hundredths, useLocale } from '../../../lib/locale.ts';
import { DateInput } from '../../../ui/DateField.tsx';
import type { PlanCriterion } from '../operations.ts';
import { criterionKey, rowFor, type TargetRow } from './target-rows.ts';

interface Props {
  rows: TargetRow[];
  criteria: readonly PlanCriterion[];
  /** Messages by input path (`targets.2.targetPoints`), the reader's language. */
  problems: Record<string, string>;
  onChange: (rows: TargetRow[]) => void;
}

/** The plan's targets as an editable table: one criterion per row, from any set the unit is assessed on. */
export function TargetsEditor({ rows, criteria, problems, onChange }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const byKey = new Map(criteria.map((criterion) => [criterionKey(criterion), criterion]));
  const sets = [...new Set(criteria.map((criterion) => criterion.set.code))];
  const update = (index: number, change: Partial<TargetRow>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  const points = (value: number) => formatPoints(hundredths(value), locale);
  const problemAt = (index: number, field: string) => problems[`targets.${index}.${field}`];
  const cell = (index: number, field: string, label: string, input: React.ReactNode) => {
    const problem = problemAt(index, field);
    return (
      <td>
        <label className="visually-hidden" htmlFor={`target-${index}-${field}`}>
          {label}
        </label>
        {input}
        {problem && (
          <span className="field-error" id={`target-${index}-${field}-error`}>
            {problem}
          </span>
        )}
      </td>
    );
  };
  const invalid = (index: number, field: string) =>
    problemAt(index, field)
      ? { 'aria-invalid': true as const, 'aria-describedby': `target-${index}-${field}-error` }
      : {};

  return (
    <>
      <table className="table plan-targets">
        <caption>{t('plans.targetsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plans.criterion')}</th>
            <th scope="col" className="num">
              {t('plans.base')}
            </th>
            <th scope="col">{t('plans.targetPoints')}</th>
            <th scope="col">{t('plans.targetValue')}</th>
            <th scope="col">{t('plans.owner')}</th>
            <th scope="col">{t('plans.dueOn')}</th>
            <th scope="col">{t('plans.note')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('plans.remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const criterion = byKey.get(row.criterion);
            return (
              <tr key={row.key}>
                {cell(
                  index,
                  'nodeCode',
                  t('plans.criterion'),
                  <select
                    id={`target-${index}-nodeCode`}
                    value={row.criterion}
                    {...invalid(index, 'nodeCode')}
                    onChange={(event) => {
                      const chosen = byKey.get(event.target.value);
                      const fresh = rowFor(chosen, locale);
                      update(index, { criterion: event.target.value, targetPoints: fresh.targetPoints });
                    }}
                  >
                    <option value="">{t('plans.chooseCriterion')}</option>
                    {sets.map((set) => (
                      <optgroup key={set} label={set}>
                        {criteria
                          .filter((option) => option.set.code === set && option.basePoints < option.maxPoints)
                          .map((option) => (
                            <option key={criterionKey(option)} value={criterionKey(option)}>
                              {option.number === null
                                ? option.code
                                : `${option.categoryCode} ${option.number}`}{' '}
                              — {option.name[locale]}
                            </option>
                          ))}
                      </optgroup>
                    ))}
                  </select>,
                )}
                <td className="num">
                  {criterion ? `${points(criterion.basePoints)} / ${points(criterion.maxPoints)}` : '—'}
                </td>
                {cell(
                  index,
                  'targetPoints',
                  t('plans.targetPoints'),
                  <input
                    id={`target-${index}-targetPoints`}
                    inputMode="decimal"
                    size={6}
                    value={row.targetPoints}
                    {...invalid(index, 'targetPoints')}
                    onChange={(event) => update(index, { targetPoints: event.target.value })}
                  />,
                )}
                {cell(
                  index,
                  'targetValue',
                  t('plans.targetValue'),
                  <input
                    id={`target-${index}-targetValue`}
                    inputMode="decimal"
                    size={6}
                    value={row.targetValue}
                    {...invalid(index, 'targetValue')}
                    onChange={(event) => update(index, { targetValue: event.target.value })}
                  />,
                )}
                {cell(
                  index,
                  'owner',
                  t('plans.owner'),
                  <input
                    id={`target-${index}-owner`}
                    value={row.owner}
                    {...invalid(index, 'owner')}
                    onChange={(event) => update(index, { owner: event.target.value })}
                  />,
                )}
                {cell(
                  index,
                  'dueOn',
                  t('plans.dueOn'),
                  <DateInput
                    id={`target-${index}-dueOn`}
                    size={10}
                    value={row.dueOn}
                    {...invalid(index, 'dueOn')}
                    onChange={(dueOn) => update(index, { dueOn })}
                  />,
                )}
                {cell(
                  index,
                  'note',
                  t('plans.note'),
                  <input
                    id={`target-${index}-note`}
                    value={row.note}
                    onChange={(event) => update(index, { note: event.target.value })}
                  />,
                )}
                <td>
                  <button type="button" onClick={() => onChange(rows.filter((_, at) => at !== index))}>
                    {t('plans.remove')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" onClick={() => onChange([...rows, rowFor(undefined, locale)])}>
        {t('plans.addTarget')}
      </button>
    </>
  );
}
