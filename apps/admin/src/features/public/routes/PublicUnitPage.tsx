import { formatPercent, formatPoints } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { hundredths, useLocale } from '../../../lib/locale.ts';
import { PrintButton, PrintHeader } from '../../../ui/Print.tsx';
import { FeedStatus } from '../components/FeedStatus.tsx';
import { feedPath, type PublicUnitResult, usePublicFeed } from '../feed.ts';
import { publicPath, usePublicPeriodKey } from '../paths.ts';

/** A unit's public result in a period: per criteria set, its total, rank, and each category's level. */
export function PublicUnitPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const period = usePublicPeriodKey();
  const { unit = '' } = useParams();
  const { data, failure, loading } = usePublicFeed<PublicUnitResult>(feedPath.unit(period, unit));
  const points = (value: number) => formatPoints(hundredths(value), locale);
  const group = data?.results[0]?.group;
  return (
    <div className="page result-page public-unit-page">
      {data && <PrintHeader title={data.unit.name} subtitle={`${data.period.name} (${data.period.code})`} />}
      <p className="no-print">
        <Link to={publicPath.period(period, group?.code)}>← {t('result.back')}</Link>
      </p>
      <FeedStatus loading={loading} failure={failure} />
      {data && (
        <>
          <h1>{data.unit.name}</h1>
          <p className="muted">
            {data.period.name} ({data.period.code}){data.unit.parent ? ` · ${data.unit.parent}` : ''}
          </p>
          <PrintButton />
          {data.results.map((result) => (
            <section key={`${result.group.code}/${result.set.code}`} className="public-result">
              <h2>
                {result.set.name[locale]}{' '}
                <span className="muted small">
                  {t('public.groupVersion', {
                    group: result.group.name[locale],
                    version: result.set.version,
                  })}
                </span>
              </h2>
              <dl className="result-summary">
                <div>
                  <dt>{t('result.total')}</dt>
                  <dd>
                    {points(result.points)} / {points(result.maxPoints)}
                  </dd>
                </div>
                <div>
                  <dt>{t('result.share')}</dt>
                  <dd>{formatPercent(result.index, locale)}</dd>
                </div>
                <div>
                  <dt>{t('result.rank')}</dt>
                  <dd>
                    {result.rank !== null ? (
                      t('public.rankOf', { rank: result.rank, count: result.cohortSize })
                    ) : (
                      <>
                        <span className="level not-ranked">{t('result.notRankedOverall')}</span>
                        {result.notRanked.map((reason) => (
                          <span key={reason.vi} className="muted small block">
                            {reason[locale]}
                          </span>
                        ))}
                      </>
                    )}
                  </dd>
                </div>
              </dl>
              {/* A unit that did not submit has no points to show: the reason above is its result. */}
              {result.categories.length > 0 && (
                <table className="table result-tree">
                  <caption>{t('public.categoriesCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('result.node')}</th>
                      <th scope="col" className="num">
                        {t('result.points')}
                      </th>
                      <th scope="col">{t('result.levelColumn')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.categories.flatMap((category) => [
                      <tr key={category.code} className="kind-category">
                        <th scope="row">
                          <span className="muted small">{category.code}</span> {category.name[locale]}
                        </th>
                        <td className="num">
                          {points(category.points)} / {points(category.maxPoints)}
                        </td>
                        <td>
                          {/* Neither a level nor a reason: the category has no level rules. */}
                          {category.level !== null ? (
                            <span className="level">{t('results.level', { level: category.level })}</span>
                          ) : category.notRanked.length > 0 ? (
                            <span className="level not-ranked">
                              {t('results.notRanked')} —{' '}
                              {category.notRanked.map((reason) => reason[locale]).join('; ')}
                            </span>
                          ) : null}
                        </td>
                      </tr>,
                      ...category.groups.map((group) => (
                        <tr key={`${category.code}/${group.code}`} className="kind-group">
                          <th scope="row" style={{ paddingInlineStart: '1.75rem' }}>
                            <span className="muted small">{group.code}</span> {group.name[locale]}
                          </th>
                          <td className="num">
                            {points(group.points)} / {points(group.maxPoints)}
                          </td>
                          <td />
                        </tr>
                      )),
                    ])}
                  </tbody>
                </table>
              )}
            </section>
          ))}
        </>
      )}
    </div>
  );
}
