import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { failureMessage } from '../graphql/failure.ts';
import { useLocale } from '../lib/locale.ts';

/** A query that failed, said as `failureMessage` words it; nothing when there is no error. */
export function RequestFailed({ error }: { error: CombinedError | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!error) return null;
  return (
    <p className="banner error" role="alert">
      {failureMessage(error, locale, t)}
    </p>
  );
}
