import { formatPercent, formatPoints, type Locale } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hundredths } from '../../../lib/locale.ts';
import type { PublicRanking, PublicRankingEntry, PublicReason } from '../feed.ts';
import { type PublicPeriodKey, publicPath } from '../paths.ts';

const joined = (reasons: readonly PublicReason[], locale: Locale) =>
  reasons.length > 0 ? reasons.map((reason) => reason[locale]).join('; ') : undefined;

/**
 * One cohort's published ranking (a unit group on one criteria set), best first; units not ranked
 * in every category follow under their own heading, with why on hover and on the unit's page.
 */
export function PublicRankingTable({
  period,
  ranking,
  locale,
}: {
  period: PublicPeriodKey;
  ranking: PublicRanking;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const points = (value: number) => formatPoints(hundredths(value), locale);
  const ranked = ranking.units.filter((entry) => entry.rank !== null);
  const unranked = ranking.units.filter((entry) => entry.rank === null);
  const columns = 4 + ranking.categories.length;
  const row = (entry: PublicRankingEntry) => (
    <tr key={entry.unit.code}>
      <td className="num">
        {/* A unit that did not submit says so in place of the rank, as the console's ranking does. */}
        {entry.rank ?? (
          <span className="level not-ranked small" title={joined(entry.notRanked, locale)}>
            {entry.notRanked.find((reason) => reason.code === 'NOT_SUBMITTED')?.[locale] ??
              t('results.notRankedShort')}
          </span>
        )}
      </td>
      <th scope="row">
        <Link to={publicPath.unit(period, entry.unit.code)}>{entry.unit.name}</Link>
      </th>
      {ranking.categories.map(({ code }) => {
        const standing = entry.categories.find((category) => category.code === code);
        if (!standing) return <td key={code}>—</td>;
        return (
          <td key={code} className="num">
            {points(standing.points)}{' '}
            {standing.level !== null ? (
              <span className="level small">{t('results.level', { level: standing.level })}</span>
            ) : standing.notRanked.length > 0 ? (
              <span className="level not-ranked small" title={joined(standing.notRanked, locale)}>
                {t('results.notRankedShort')}
              </span>
            ) : null}
          </td>
        );
      })}
      <td className="num">
        {points(entry.points)} / {points(entry.maxPoints)}
      </td>
      <td className="num">{formatPercent(entry.index, locale)}</td>
    </tr>
  );
  return (
    <table className="table ranking public-ranking">
      <caption>
        {ranking.set.name[locale]} · {t('results.count', { count: ranking.units.length })}
      </caption>
      <thead>
        <tr>
          <th scope="col" className="num">
            {t('results.rank')}
          </th>
          <th scope="col">{t('results.unit')}</th>
          {ranking.categories.map((category) => (
            <th scope="col" key={category.code} className="num">
              {category.name[locale]}
            </th>
          ))}
          <th scope="col" className="num">
            {t('results.points')}
          </th>
          <th scope="col" className="num">
            {t('results.share')}
          </th>
        </tr>
      </thead>
      <tbody>{ranked.map(row)}</tbody>
      {unranked.length > 0 && (
        <tbody className="not-ranked-overall">
          <tr className="group-heading">
            <th scope="rowgroup" colSpan={columns}>
              {t('results.notRankedOverall', { count: unranked.length })}
            </th>
          </tr>
          {unranked.map(row)}
        </tbody>
      )}
    </table>
  );
}
