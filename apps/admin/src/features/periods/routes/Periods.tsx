import { formatDate } from '@chiso/scoring';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useLocale } from '../../../lib/locale.ts';
import { RequestFailed } from '../../../ui/RequestFailed.tsx';
import { StatusBadge } from '../../../ui/Status.tsx';
import { PublicSwitch } from '../../public/components/PublicSwitch.tsx';
import { PERIODS } from '../operations.ts';
import { PeriodActions } from './PeriodActions.tsx';
import { PeriodAssignments } from './PeriodAssignments.tsx';
import { PeriodDeadlines } from './PeriodDeadlines.tsx';
import { PeriodForm } from './PeriodForm.tsx';
import { PeriodOverdue } from './PeriodOverdue.tsx';

const COUNTS = ['draft', 'submitted', 'returned', 'approved', 'published'] as const;

export default function Periods() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [{ data, fetching, error }, reload] = useQuery({ query: PERIODS });
  const [openId, setOpenId] = useState<string | null>(null);
  const refresh = () => reload({ requestPolicy: 'network-only' });
  const periods = (data?.periods.edges ?? []).map(({ node }) => node);
  const date = (value: string | null) => (value ? formatDate(value, locale) : '—');
  return (
    <div className="page">
      <h1>{t('periods.title')}</h1>
      {fetching && !data && <p>{t('common.loading')}</p>}
      <RequestFailed error={error} />
      <table className="table">
        <caption>{t('periods.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('periods.code')}</th>
            <th scope="col">{t('periods.name')}</th>
            <th scope="col">{t('assessments.status')}</th>
            <th scope="col">{t('periods.dates')}</th>
            <th scope="col">{t('periods.submissionDue')}</th>
            {COUNTS.map((count) => (
              <th scope="col" className="num" key={count}>
                {t(`periods.count.${count}`)}
              </th>
            ))}
            <th scope="col" className="num">
              {t('periods.count.total')}
            </th>
            <th scope="col" className="num">
              {t('periods.count.overdue')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('periods.manage')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {periods.map((period) => (
            <tr key={period.id} data-testid={`period-${period.code}`}>
              <td>{period.code}</td>
              <td>{period.name}</td>
              <td>
                <StatusBadge status={period.status} />
              </td>
              <td>
                {date(period.startsOn)} – {date(period.endsOn)}
              </td>
              <td>{date(period.submissionDue)}</td>
              {COUNTS.map((count) => (
                <td className="num" key={count}>
                  {(period.progress?.[count] ?? 0).toLocaleString('vi-VN')}
                </td>
              ))}
              <td className="num">{(period.progress?.total ?? 0).toLocaleString('vi-VN')}</td>
              <td className="num">{(period.overdueAssessments?.length ?? 0).toLocaleString('vi-VN')}</td>
              <td>
                <button
                  type="button"
                  aria-expanded={openId === period.id}
                  aria-label={t('periods.manageLabel', { code: period.code })}
                  onClick={() => setOpenId(openId === period.id ? null : period.id)}
                >
                  {t('periods.manage')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {periods
        .filter((period) => period.id === openId)
        .map((period) => (
          <section
            key={period.id}
            className="panel"
            aria-label={t('periods.manageLabel', { code: period.code })}
          >
            <h2>
              {period.code} — {period.name} <StatusBadge status={period.status} />
            </h2>
            <PeriodActions period={period} onChanged={refresh} />
            <PublicSwitch period={period} onChanged={refresh} />
            <PeriodDeadlines key={period.revision} period={period} onChanged={refresh} />
            <PeriodOverdue key={`overdue-${period.revision}`} period={period} onChanged={refresh} />
            <PeriodAssignments period={period} onChanged={refresh} />
          </section>
        ))}
      <PeriodForm
        onCreated={(period) => {
          refresh();
          setOpenId(period.id);
        }}
      />
    </div>
  );
}
