import { formatNumber, type Locale } from '@chiso/scoring';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { ResultOf } from '../../../graphql/graphql.ts';
import { useLocale } from '../../../lib/locale.ts';
import { RequestFailed } from '../../../ui/RequestFailed.tsx';
import { LEVEL_LIFTERS } from '../operations.ts';

type Lifter = ResultOf<typeof LEVEL_LIFTERS>['levelLifters'][number];

/** At most this many units' names beside a criterion; the count says the rest. */
const NAMED = 5;

/** The criteria that, raised to their maximum alone, lift the most units of the cohort a level. */
export function LevelLiftersTable({ lifters, locale }: { lifters: readonly Lifter[]; locale: Locale }) {
  const { t } = useTranslation();
  if (lifters.length === 0) return <p>{t('results.lifters.none')}</p>;
  return (
    <table className="table">
      <caption>{t('results.lifters.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('results.lifters.criterion')}</th>
          <th scope="col" className="num">
            {t('results.lifters.units')}
          </th>
          <th scope="col">{t('results.lifters.which')}</th>
        </tr>
      </thead>
      <tbody>
        {lifters.map((lifter) => (
          <tr key={lifter.code}>
            <td>
              {lifter.categoryCode} {lifter.number ?? lifter.code} — {lifter.name[locale]}
            </td>
            <td className="num">{formatNumber(lifter.units, locale)}</td>
            <td>
              {lifter.unitNames.slice(0, NAMED).join(', ')}
              {lifter.unitNames.length > NAMED &&
                ` ${t('results.lifters.more', { count: lifter.unitNames.length - NAMED })}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Asked only when opened: it scores every unit's paths, and most readers come for the ranking. */
export function LevelLifters(props: { periodId: string; unitGroupId: string; setCode: string | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const [{ data, fetching, error }] = useQuery({ query: LEVEL_LIFTERS, variables: props, pause: !open });
  return (
    <details className="level-lifters no-print" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('results.lifters.title')}</summary>
      {fetching && <p>{t('common.loading')}</p>}
      <RequestFailed error={error} />
      {data && <LevelLiftersTable lifters={data.levelLifters} locale={locale} />}
    </details>
  );
}
