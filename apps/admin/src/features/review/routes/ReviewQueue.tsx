import { formatDate, formatPoints } from '@chiso/scoring';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { hundredths, useLocale } from '../../../lib/locale.ts';
import { StatusBadge } from '../../../ui/Status.tsx';
import { ASSESSMENTS, type AssessmentStatus } from '../../assessments/operations.ts';
import { BulkApproveBar } from '../components/BulkApproveBar.tsx';

const FILTERS: AssessmentStatus[] = ['SUBMITTED', 'RETURNED', 'APPROVED'];

export default function ReviewQueue() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [status, setStatus] = useState<AssessmentStatus>('SUBMITTED');
  const [{ data, fetching, error }, reload] = useQuery({
    query: ASSESSMENTS,
    variables: { status },
  });
  const rows = data?.assessments.edges ?? [];
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const selectable = status === 'SUBMITTED';
  const ids = rows.filter(({ node }) => node.status === 'SUBMITTED').map(({ node }) => node.id);
  const chosen = ids.filter((id) => selected.has(id));
  const toggle = (id: string) =>
    setSelected((old) => {
      const next = new Set(old);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <div className="page">
      <h1>{t('review.title')}</h1>
      <label>
        {t('review.status')}{' '}
        <select
          value={status}
          onChange={(event) => {
            setStatus(event.target.value as AssessmentStatus);
            setSelected(new Set());
          }}
        >
          {FILTERS.map((value) => (
            <option key={value} value={value}>
              {t(`status.${value}`)}
            </option>
          ))}
        </select>
      </label>
      {fetching && !data && <p>{t('common.loading')}</p>}
      {error && <p role="alert">{t('common.networkError')}</p>}
      {data && rows.length === 0 && <p>{t('review.empty')}</p>}
      {notice && (
        <p className="banner ok" role="status">
          {notice}
        </p>
      )}
      {selectable && rows.length > 0 && (
        <BulkApproveBar
          selected={chosen}
          onDone={(count) => {
            setSelected(new Set());
            setNotice(t('review.bulkDone', { count }));
            reload({ requestPolicy: 'network-only' });
          }}
        />
      )}
      {rows.length > 0 && (
        <table className="table">
          <caption>{t('review.count', { count: rows.length })}</caption>
          <thead>
            <tr>
              {selectable && (
                <th scope="col">
                  <input
                    type="checkbox"
                    aria-label={t('review.selectAll')}
                    checked={ids.length > 0 && chosen.length === ids.length}
                    onChange={(event) => setSelected(event.target.checked ? new Set(ids) : new Set())}
                  />
                </th>
              )}
              <th scope="col">{t('assessments.unit')}</th>
              <th scope="col">{t('assessments.group')}</th>
              <th scope="col">{t('assessments.set')}</th>
              <th scope="col">{t('assessments.period')}</th>
              <th scope="col">{t('review.submittedAt')}</th>
              <th scope="col">{t('assessments.status')}</th>
              <th scope="col" className="num">
                {t('assessments.selfPoints')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('assessments.open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ node }) => (
              <tr key={node.id}>
                {selectable && (
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('review.select', { unit: node.unit?.name })}
                      checked={selected.has(node.id)}
                      disabled={node.status !== 'SUBMITTED'}
                      onChange={() => toggle(node.id)}
                    />
                  </td>
                )}
                <td>{node.unit?.name}</td>
                <td>{locale === 'en' ? node.unitGroup?.nameEn : node.unitGroup?.name}</td>
                <td>{node.version?.set.code}</td>
                <td>{node.period?.code}</td>
                <td>{node.submittedAt ? formatDate(node.submittedAt, locale) : '—'}</td>
                <td>
                  <StatusBadge status={node.status} />
                </td>
                <td className="num">{formatPoints(hundredths(node.selfPoints), locale)}</td>
                <td>
                  <Link to={`/review/${encodeURIComponent(node.id)}`}>{t('review.open')}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
