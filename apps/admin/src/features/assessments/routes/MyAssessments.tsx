import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AssessmentTable } from '../components/AssessmentTable.tsx';
import { ASSESSMENTS } from '../operations.ts';

const COLUMNS = ['period', 'unit', 'setVersion', 'status', 'due'] as const;

export default function MyAssessments() {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: ASSESSMENTS });
  return (
    <div className="page">
      <h1>{t('assessments.title')}</h1>
      {fetching && !data && <p>{t('common.loading')}</p>}
      {error && <p role="alert">{t('common.networkError')}</p>}
      {data && (
        <AssessmentTable
          items={data.assessments.edges.map(({ node }) => ({ id: node.id, status: node.status, row: node }))}
          columns={COLUMNS}
          link={({ id, status }) => ({
            to: `/assessments/${encodeURIComponent(id)}`,
            label:
              status === 'DRAFT' || status === 'RETURNED' ? t('assessments.fillIn') : t('assessments.view'),
          })}
        />
      )}
    </div>
  );
}
