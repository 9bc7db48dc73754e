import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/locale.ts';
import { type Choice, type ChoiceChange, KINDS, MEASURES } from './choice.ts';
import { earlierPeriods, type Filters, publishedPeriods, setsOf } from './cohort.ts';

/** Cohort (group and set), periods (the one shown, and an earlier one to compare with), node kind, measure. */
export function CohortControls({
  filters,
  choice,
  onChange,
}: {
  filters: Filters | undefined;
  choice: Choice;
  onChange: (change: ChoiceChange) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const published = publishedPeriods(filters);
  const earlier = earlierPeriods(published, choice.period);
  const sets = setsOf(
    published.find((period) => period.id === choice.period),
    choice.group,
  );
  // A new cohort or kind has other nodes: the chosen ones and the distribution's node are reset.
  const resetNodes = { nodes: null, node: null };
  return (
    <div className="filters workbench-controls">
      <label>
        {t('workbench.group')}{' '}
        <select
          value={choice.group}
          onChange={(event) => onChange({ group: event.target.value, set: null, ...resetNodes })}
        >
          {(filters?.unitGroups ?? []).map((item) => (
            <option key={item.id} value={item.id}>
              {locale === 'en' ? item.nameEn : item.name}
            </option>
          ))}
        </select>
      </label>
      {sets.length > 1 && (
        <label>
          {t('workbench.set')}{' '}
          <select
            value={choice.set ?? sets[0]?.code}
            onChange={(event) => onChange({ set: event.target.value, ...resetNodes })}
          >
            {sets.map((set) => (
              <option key={set.code} value={set.code}>
                {set.name[locale]}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('workbench.period')}{' '}
        <select
          value={choice.period}
          onChange={(event) => {
            const stillEarlier = earlierPeriods(published, event.target.value).some(
              (period) => period.id === choice.from,
            );
            onChange({ period: event.target.value, from: stillEarlier ? choice.from : null });
          }}
        >
          {published.map((item) => (
            <option key={item.id} value={item.id}>
              {item.code} — {item.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('workbench.from')}{' '}
        <select
          value={choice.from ?? ''}
          disabled={earlier.length === 0}
          aria-describedby={earlier.length === 0 ? 'workbench-no-earlier' : undefined}
          onChange={(event) => onChange({ from: event.target.value || null })}
        >
          <option value="">{t('workbench.fromNone')}</option>
          {earlier.map((item) => (
            <option key={item.id} value={item.id}>
              {item.code} — {item.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('workbench.nodeKind')}{' '}
        <select
          value={choice.kind}
          onChange={(event) => onChange({ kind: event.target.value as Choice['kind'], ...resetNodes })}
        >
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`workbench.kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('workbench.measure')}{' '}
        <select
          value={choice.measure}
          onChange={(event) => onChange({ measure: event.target.value as Choice['measure'] })}
        >
          {MEASURES.map((measure) => (
            <option key={measure} value={measure}>
              {t(`workbench.measures.${measure}`)}
            </option>
          ))}
        </select>
      </label>
      {filters && earlier.length === 0 && (
        <p id="workbench-no-earlier" className="muted workbench-note">
          {t('workbench.noEarlier')}
        </p>
      )}
    </div>
  );
}
