import { graphql, type ResultOf } from './graphql.ts';

/**
 * The API's expected failure, as every mutation may answer it. Unmasked: every screen reads it the same
 * way (ErrorBanner, issue mapping), so it is a shared shape rather than one component's data.
 */
export const AppErrorFields = graphql(`
  fragment AppErrorFields on AppError @_unmask {
    __typename
    code
    message
    messages { vi en }
    issues { path message }
  }
`);

export type AppError = ResultOf<typeof AppErrorFields>;

export function isAppError(value: unknown): value is AppError {
  return (value as { __typename?: string } | null)?.__typename === 'AppError';
}

/**
 * Issues by node code: paths are node paths ("SS/SS.HT/SS.01") or input paths
 * ("entries.1.nodeCode", resolved through the codes that were sent).
 */
export function issuesByCode(error: AppError, sentCodes: readonly string[] = []): Record<string, string> {
  const byCode: Record<string, string> = {};
  for (const { path, message } of error.issues) {
    const entry = /^(?:entries|adjustments)\.(\d+)/.exec(path);
    const code = entry ? sentCodes[Number(entry[1])] : path.split('/').at(-1);
    if (code) byCode[code] = byCode[code] ? `${byCode[code]}; ${message}` : message;
  }
  return byCode;
}
