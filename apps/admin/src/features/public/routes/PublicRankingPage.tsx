import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useLocale } from '../../../lib/locale.ts';
import { PrintButton, PrintHeader } from '../../../ui/Print.tsx';
import { FeedStatus } from '../components/FeedStatus.tsx';
import { PublicRankingTable } from '../components/PublicRankingTable.tsx';
import { feedPath, type PublicPeriods, type PublicResults, usePublicFeed } from '../feed.ts';
import { PUBLIC_ROOT, publicKeyOf, publicPath, samePeriod, usePublicPeriodKey } from '../paths.ts';

/** A public period's ranking for one unit group (?group=…, the first by default), one table per set. */
export function PublicRankingPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const key = usePublicPeriodKey();
  const [params] = useSearchParams();
  const list = usePublicFeed<PublicPeriods>(feedPath.periods());
  const period = list.data?.periods.find((candidate) =>
    samePeriod(publicKeyOf(candidate.code, candidate.province?.code), key),
  );
  const group = params.get('group') || period?.groups[0]?.code || '';
  // Without the period in the list, the results are asked for anyway: the feed says why it refuses.
  const results = usePublicFeed<PublicResults>(
    list.data && (group || !period) ? feedPath.results(key, group) : null,
  );
  const groupName = period?.groups.find((candidate) => candidate.code === group)?.name[locale];
  const title = `${t('results.title')} — ${period?.name ?? key.code}`;
  return (
    <div className="page public-ranking-page">
      <PrintHeader title={title} subtitle={groupName} />
      <p className="no-print">
        <Link to={PUBLIC_ROOT}>← {t('public.back')}</Link>
      </p>
      <h1>{title}</h1>
      {period && (
        <div className="filters no-print">
          <nav aria-label={t('results.group')}>
            <ul className="group-links">
              {period.groups.map((candidate) => (
                <li key={candidate.code}>
                  <Link
                    to={publicPath.period(key, candidate.code)}
                    aria-current={candidate.code === group ? 'page' : undefined}
                  >
                    {candidate.name[locale]}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <PrintButton />
        </div>
      )}
      {/* On paper the header names the group. */}
      {groupName && <h2 className="no-print">{groupName}</h2>}
      <FeedStatus loading={list.loading || results.loading} failure={list.failure ?? results.failure} />
      {results.data?.rankings.length === 0 && <p>{t('results.empty')}</p>}
      {results.data?.rankings.map((ranking) => (
        <PublicRankingTable
          key={`${ranking.group.code}/${ranking.set.code}`}
          period={key}
          ranking={ranking}
          locale={locale}
        />
      ))}
    </div>
  );
}
