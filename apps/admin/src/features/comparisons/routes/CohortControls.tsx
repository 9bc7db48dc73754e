import { useTranslation } from 'react-i18next';
import {
  earlierPeriods,
  type Filters,
  type PeriodOption,
  publishedPeriods,
  setsOf,
} from '../../../lib/cohort.ts';
import { useLocale } from '../../../lib/locale.ts';
import { ChoiceSelect } from '../components/ChoiceSelect.tsx';
import { type Choice, type ChoiceChange, KINDS, MEASURES } from './choice.ts';

const periodOption = (period: PeriodOption) => ({
  value: period.id,
  label: `${period.code} — ${period.name}`,
});

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
      <ChoiceSelect
        label={t('workbench.group')}
        value={choice.group}
        options={(filters?.unitGroups ?? []).map((item) => ({
          value: item.id,
          label: locale === 'en' ? item.nameEn : item.name,
        }))}
        onChange={(group) => onChange({ group, set: null, ...resetNodes })}
      />
      {sets.length > 1 && (
        <ChoiceSelect
          label={t('workbench.set')}
          value={choice.set ?? sets[0]?.code ?? ''}
          options={sets.map((set) => ({ value: set.code, label: set.name[locale] }))}
          onChange={(set) => onChange({ set, ...resetNodes })}
        />
      )}
      <ChoiceSelect
        label={t('workbench.period')}
        value={choice.period}
        options={published.map(periodOption)}
        onChange={(period) => {
          const stillEarlier = earlierPeriods(published, period).some((item) => item.id === choice.from);
          onChange({ period, from: stillEarlier ? choice.from : null });
        }}
      />
      <ChoiceSelect
        label={t('workbench.from')}
        value={choice.from ?? ''}
        disabled={earlier.length === 0}
        describedBy={earlier.length === 0 ? 'workbench-no-earlier' : undefined}
        options={[{ value: '', label: t('workbench.fromNone') }, ...earlier.map(periodOption)]}
        onChange={(from) => onChange({ from: from || null })}
      />
      <ChoiceSelect
        label={t('workbench.nodeKind')}
        value={choice.kind}
        options={KINDS.map((kind) => ({ value: kind, label: t(`workbench.kind.${kind}`) }))}
        onChange={(kind) => onChange({ kind, ...resetNodes })}
      />
      <ChoiceSelect
        label={t('workbench.measure')}
        value={choice.measure}
        options={MEASURES.map((measure) => ({ value: measure, label: t(`workbench.measures.${measure}`) }))}
        onChange={(measure) => onChange({ measure })}
      />
      {filters && earlier.length === 0 && (
        <p id="workbench-no-earlier" className="muted workbench-note">
          {t('workbench.noEarlier')}
        </p>
      )}
    </div>
  );
}
