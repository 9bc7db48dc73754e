import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequestFailed } from '../../../ui/RequestFailed.tsx';
import { AssessmentFilters, AssessmentPager } from '../components/AssessmentFilters.tsx';
import { AssessmentTable } from '../components/AssessmentTable.tsx';
import { useAssessmentList } from '../useAssessmentList.ts';

const COLUMNS = ['period', 'unit', 'setVersion', 'status', 'due'] as const;

export default function MyAssessments() {
  const { t } = useTranslation();
  const list = useAssessmentList();
  return (
    <div className="page">
      <h1>{t('assessments.title')}</h1>
      <p>
        <Link to="/workbooks">{t('workbooks.link')}</Link>
      </p>
      <AssessmentFilters list={list} />
      {list.fetching && !list.loaded && <p>{t('common.loading')}</p>}
      <RequestFailed error={list.error} />
      {list.loaded && (
        <>
          <AssessmentTable
            items={list.rows.map(({ node }) => ({ id: node.id, status: node.status, row: node }))}
            columns={COLUMNS}
            caption={t('review.count', { count: list.total })}
            link={({ id, status }) => ({
              to: `/assessments/${encodeURIComponent(id)}`,
              label:
                status === 'DRAFT' || status === 'RETURNED' ? t('assessments.fillIn') : t('assessments.view'),
            })}
          />
          <AssessmentPager list={list} />
        </>
      )}
    </div>
  );
}
