import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale.ts';
import type { FeedFailure } from '../feed.ts';

/** Loading, or why the feed refused: its own words (a period that is not public), else a generic line. */
export function FeedStatus({ loading, failure }: { loading: boolean; failure: FeedFailure | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (failure) {
    return (
      <p className="banner error" role="alert">
        {failure.messages?.[locale] ?? t('public.failed')}
      </p>
    );
  }
  return loading ? <p className="loading">{t('common.loading')}</p> : null;
}
