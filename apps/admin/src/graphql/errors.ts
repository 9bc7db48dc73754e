import type { Locale } from '@chiso/scoring';
import { graphql, type ResultOf } from './graphql.ts';

/**
 * The API's expected failure, as every mutation may answer it. Unmasked: every screen reads it the same
 * way (ErrorBanner, issue mapping), so it is a shared shape rather than one component's data. Each
 * issue carries a problem catalogue code and its message in both languages: screens show the one in
 * the console's language and never reword the server's English.
 */
export const AppErrorFields = graphql(`
  fragment AppErrorFields on AppError @_unmask {
    __typename
    code
    message
    messages { vi en }
    issues { path code messages { vi en } }
    jobId
  }
`);

export type AppError = ResultOf<typeof AppErrorFields>;
export type Issue = AppError['issues'][number];

export function isAppError(value: unknown): value is AppError {
  return (value as { __typename?: string } | null)?.__typename === 'AppError';
}

/** An issue's message in the console's language. */
export const issueText = (issue: Pick<Issue, 'messages'>, locale: Locale): string => issue.messages[locale];

/**
 * Issues by node code, in the console's language: paths are node paths ("SS/SS.HT/SS.01") or input
 * paths ("entries.1.nodeCode", resolved through the codes that were sent).
 */
export function issuesByCode(
  error: AppError,
  locale: Locale,
  sentCodes: readonly string[] = [],
): Record<string, string> {
  const byCode: Record<string, string> = {};
  for (const issue of error.issues) {
    const entry = /^(?:entries|adjustments)\.(\d+)/.exec(issue.path);
    const code = entry ? sentCodes[Number(entry[1])] : issue.path.split('/').at(-1);
    const text = issueText(issue, locale);
    if (code) byCode[code] = byCode[code] ? `${byCode[code]}; ${text}` : text;
  }
  return byCode;
}

/** Issues by the input field they name ("endsOn", "title"), in the console's language. */
export function issuesByPath(
  error: AppError | string | null | undefined,
  locale: Locale,
): Record<string, string> {
  const byPath: Record<string, string> = {};
  if (!error || typeof error === 'string') return byPath;
  for (const issue of error.issues ?? []) {
    const text = issueText(issue, locale);
    byPath[issue.path] = byPath[issue.path] ? `${byPath[issue.path]}; ${text}` : text;
  }
  return byPath;
}
