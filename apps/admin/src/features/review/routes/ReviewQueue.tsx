import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useLocale } from '../../../lib/locale.ts';
import { AssessmentTable } from '../../assessments/components/AssessmentTable.tsx';
import { ASSESSMENTS, type AssessmentStatus } from '../../assessments/operations.ts';
import { BulkApproveBar } from '../components/BulkApproveBar.tsx';

const FILTERS: AssessmentStatus[] = ['SUBMITTED', 'RETURNED', 'APPROVED'];
const COLUMNS = ['unit', 'group', 'setCode', 'period', 'submittedAt', 'status'] as const;

export default function ReviewQueue() {
  const { t } = useTranslation();
  const _locale = useLocale();
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
        <AssessmentTable
          items={rows.map(({ node }) => ({ id: node.id, status: node.status, row: node }))}
          columns={COLUMNS}
          caption={t('review.count', { count: rows.length })}
          link={({ id }) => ({ to: `/review/${encodeURIComponent(id)}`, label: t('review.open') })}
          {...(selectable ? { selection: { selected, onChange: setSelected } } : {})}
        />
      )}
    </div>
  );
}
