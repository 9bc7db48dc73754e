import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { NEXT_IN_QUEUE } from '../operations.ts';

/**
 * After an approval or a return: a link to the period's next submitted assessment, so a reviewer going
 * through a period's forms moves on without going back to the queue; or word that none is left.
 */
export function NextInQueue({ periodId }: { periodId: string }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({
    query: NEXT_IN_QUEUE,
    variables: { periodId },
    requestPolicy: 'network-only',
  });
  if (!data) return null;
  const next = data.assessments.edges[0]?.node;
  return (
    <p>
      {next ? (
        <Link to={`/review/${encodeURIComponent(next.id)}`}>
          {t('review.nextInQueue', { unit: next.unit.name })}
        </Link>
      ) : (
        <>
          {t('review.queueDone')} <Link to="/review">{t('review.backToQueue')}</Link>
        </>
      )}
    </p>
  );
}
