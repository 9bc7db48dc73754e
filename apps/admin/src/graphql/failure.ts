import type { Locale } from '@chiso/scoring';
import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';

interface Messages {
  vi?: string;
  en?: string;
}

/**
 * What to tell a person about a request that got no typed answer. Only a request that reached no
 * server is a connection problem; a refused one (HTTP 4xx, a GraphQL error) says so, in the API's
 * own words when it gave them in both languages, and never in English inside a Vietnamese screen.
 */
export function failureMessage(error: CombinedError | undefined, locale: Locale, t: TFunction): string {
  const first = error?.graphQLErrors[0];
  if (first) {
    const messages = first.extensions?.messages as Messages | undefined;
    return messages?.[locale] ?? t('common.requestRefused', { code: String(first.extensions?.code ?? '—') });
  }
  const status = (error?.response as { status?: number } | undefined)?.status ?? 0;
  if (status >= 500) return t('common.serverError', { code: status });
  if (status >= 400) return t('common.requestRefused', { code: status });
  return t('common.networkError');
}
