import { formatPercent } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale.ts';
import type { NormalisedCohort as Normalised } from '../operations.ts';
import { decimal, points } from './format.ts';

/**
 * The node's index values (points ÷ applicable maximum) across the cohort, min-max scaled and
 * z-scored, with the index bands (UN EGDI's unless the API is given others) and how many units each holds.
 */
export function NormalisedCohort({ cohort, node }: { cohort: Normalised; node: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const band = (code: string | null) => (code ? t(`workbench.bands.${code}`, { defaultValue: code }) : '—');
  const percent = (value: number | null) => (value === null ? '—' : formatPercent(value, locale));
  return (
    <div>
      <p>
        {t('workbench.meanIndex')} {percent(cohort.mean)} · {t('workbench.standardDeviation')}{' '}
        {percent(cohort.standardDeviation)}
      </p>
      <ul className="inline-list" aria-label={t('workbench.bandsOf', { node })}>
        {cohort.bands.map((item) => (
          <li key={item.code}>
            {band(item.code)} ({item.inclusive ? '≥' : '>'} {formatPercent(item.min, locale)}): {item.units}
          </li>
        ))}
      </ul>
      <details>
        <summary>{t('workbench.normalisedUnits', { count: cohort.units.length })}</summary>
        <div className="delta-scroll">
          <table className="stat-table" aria-label={t('workbench.normalisedOf', { node })}>
            <thead>
              <tr>
                <th scope="col">{t('workbench.rank')}</th>
                <th scope="col">{t('assessments.unit')}</th>
                <th scope="col">{t('workbench.measures.POINTS')}</th>
                <th scope="col">{t('workbench.index')}</th>
                <th scope="col">{t('workbench.minMax')}</th>
                <th scope="col">{t('workbench.zScore')}</th>
                <th scope="col">{t('workbench.band')}</th>
              </tr>
            </thead>
            <tbody>
              {cohort.units.map((unit) => (
                <tr key={unit.unit.id}>
                  <td>{unit.rank ?? '–'}</td>
                  <th scope="row">{unit.unit.name}</th>
                  <td>{points(unit.points, locale)}</td>
                  <td>{percent(unit.index)}</td>
                  <td>{decimal(unit.minMax, locale)}</td>
                  <td>{decimal(unit.zScore, locale)}</td>
                  <td>{band(unit.band)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
