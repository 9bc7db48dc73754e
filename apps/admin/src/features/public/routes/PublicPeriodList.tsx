import { formatDate } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../lib/locale.ts';
import { vietnamDay } from '../../../lib/vietnam-day.ts';
import { FeedStatus } from '../components/FeedStatus.tsx';
import { feedPath, type PublicPeriods, usePublicFeed } from '../feed.ts';
import { publicKeyOf, publicPath } from '../paths.ts';

const headingOf = (period: PublicPeriods['periods'][number]) =>
  `period-${publicKeyOf(period.code, period.province?.code).province}-${period.code}`;

/** The periods whose results the Sở made public, the latest first, each with its unit groups. */
export function PublicPeriodList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, failure, loading } = usePublicFeed<PublicPeriods>(feedPath.periods());
  return (
    <div className="page public-periods">
      <h1>{t('public.title')}</h1>
      <p className="muted">{t('public.intro')}</p>
      <FeedStatus loading={loading} failure={failure} />
      {data && data.periods.length === 0 && <p>{t('public.noPeriods')}</p>}
      {data?.periods.map((period) => (
        <section key={period.results} className="card" aria-labelledby={headingOf(period)}>
          <h2 id={headingOf(period)}>
            {period.name} <span className="muted small">({period.code})</span>
          </h2>
          {period.province && <p>{period.province.name}</p>}
          <p className="muted small">
            {formatDate(period.startsOn, locale)} – {formatDate(period.endsOn, locale)}
            {period.publishedAt &&
              ` · ${t('public.publishedOn', { date: formatDate(vietnamDay(period.publishedAt), locale) })}`}
          </p>
          <ul>
            {period.groups.map((group) => (
              <li key={group.code}>
                <Link to={publicPath.period(publicKeyOf(period.code, period.province?.code), group.code)}>
                  {group.name[locale]}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
