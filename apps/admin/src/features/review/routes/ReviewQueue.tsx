import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequestFailed } from '../../../ui/RequestFailed.tsx';
import { AssessmentFilters, AssessmentPager } from '../../assessments/components/AssessmentFilters.tsx';
import { AssessmentTable } from '../../assessments/components/AssessmentTable.tsx';
import { useAssessmentList } from '../../assessments/useAssessmentList.ts';
import { BulkApproveBar } from '../components/BulkApproveBar.tsx';

const COLUMNS = ['unit', 'group', 'setCode', 'period', 'submittedAt', 'status'] as const;

/** Submitted assessments first, a page at a time; any status, period, group or unit on demand. */
export default function ReviewQueue() {
  const { t } = useTranslation();
  const list = useAssessmentList({ status: 'SUBMITTED' });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const ids = list.rows.filter(({ node }) => node.status === 'SUBMITTED').map(({ node }) => node.id);
  const chosen = ids.filter((id) => selected.has(id));
  const selectable = ids.length > 0;
  return (
    <div className="page">
      <h1>{t('review.title')}</h1>
      <AssessmentFilters list={list} />
      {list.fetching && !list.loaded && <p>{t('common.loading')}</p>}
      <RequestFailed error={list.error} />
      {list.loaded && list.rows.length === 0 && <p>{t('review.empty')}</p>}
      {notice && (
        <p className="banner ok" role="status">
          {notice}
        </p>
      )}
      {selectable && (
        <BulkApproveBar
          selected={chosen}
          onDone={(count) => {
            setSelected(new Set());
            setNotice(t('review.bulkDone', { count }));
            list.reload();
          }}
        />
      )}
      {list.rows.length > 0 && (
        <>
          <AssessmentTable
            items={list.rows.map(({ node }) => ({ id: node.id, status: node.status, row: node }))}
            columns={COLUMNS}
            caption={t('review.count', { count: list.total })}
            link={({ id }) => ({ to: `/review/${encodeURIComponent(id)}`, label: t('review.open') })}
            {...(selectable ? { selection: { selected, onChange: setSelected } } : {})}
          />
          <AssessmentPager list={list} />
        </>
      )}
    </div>
  );
}
