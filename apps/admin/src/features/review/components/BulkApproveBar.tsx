import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { type AppError, isAppError } from '../../../graphql/errors.ts';
import { failureMessage } from '../../../graphql/failure.ts';
import { useLocale } from '../../../lib/locale.ts';
import { ErrorBanner } from '../../../ui/ErrorBanner.tsx';
import { BULK_APPROVE } from '../operations.ts';

interface Props {
  selected: readonly string[];
  onDone: (approved: number) => void;
}

/** Approves every selected SUBMITTED assessment at once (all or nothing), after a confirmation. */
export function BulkApproveBar({ selected, onDone }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [state, approve] = useMutation(BULK_APPROVE);
  const [error, setError] = useState<AppError | string | null>(null);
  const run = async () => {
    if (!window.confirm(t('review.confirmBulk', { count: selected.length }))) return;
    const answer = await approve({ input: { ids: [...selected] } });
    const outcome = answer.data?.bulkApproveAssessments;
    if (answer.error || !outcome) setError(failureMessage(answer.error, locale, t));
    else if (isAppError(outcome)) setError(outcome);
    else {
      setError(null);
      onDone(selected.length);
    }
  };
  return (
    <div className="bulk-bar">
      <button
        type="button"
        className="primary"
        disabled={selected.length === 0 || state.fetching}
        onClick={() => void run()}
      >
        {t('review.bulkApprove', { count: selected.length })}
      </button>
      <ErrorBanner error={error} />
    </div>
  );
}
