import { formatDate, formatPoints } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { hundredths, useLocale } from '../../../lib/locale.ts';
import { StatusBadge } from '../../../ui/Status.tsx';
import { ASSESSMENTS } from '../operations.ts';

export default function MyAssessments() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [{ data, fetching, error }] = useQuery({
    query: ASSESSMENTS,
  });
  return (
    <div className="page">
      <h1>{t('assessments.title')}</h1>
      {fetching && !data && <p>{t('common.loading')}</p>}
      {error && <p role="alert">{t('common.networkError')}</p>}
      {data && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('assessments.period')}</th>
              <th scope="col">{t('assessments.unit')}</th>
              <th scope="col">{t('assessments.set')}</th>
              <th scope="col">{t('assessments.status')}</th>
              <th scope="col">{t('assessments.due')}</th>
              <th scope="col" className="num">
                {t('assessments.selfPoints')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('assessments.open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.assessments.edges.map(({ node }) => {
              const editable = node.status === 'DRAFT' || node.status === 'RETURNED';
              return (
                <tr key={node.id}>
                  <td>{node.period?.code}</td>
                  <td>{node.unit?.name}</td>
                  <td>
                    {node.version?.set.name[locale]} ({node.version?.version})
                  </td>
                  <td>
                    <StatusBadge status={node.status} />
                  </td>
                  <td>{node.period?.submissionDue ? formatDate(node.period.submissionDue, locale) : '—'}</td>
                  <td className="num">{formatPoints(hundredths(node.selfPoints), locale)}</td>
                  <td>
                    <Link to={`/assessments/${encodeURIComponent(node.id)}`}>
                      {editable ? t('assessments.fillIn') : t('assessments.view')}
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
