/** The API's expected failure (`AppError`), as every mutation may answer it. */
export interface AppError {
  __typename: 'AppError';
  code:
    | 'CONFLICT'
    | 'FORBIDDEN'
    | 'INVALID_TRANSITION'
    | 'NOT_FOUND'
    | 'UNAUTHENTICATED'
    | 'VALIDATION_FAILED';
  message: string;
  messages: { vi: string; en: string } | null;
  issues: Array<{ path: string; message: string }> | null;
}

export const APP_ERROR_FIELDS = `... on AppError { code message messages { vi en } issues { path message } }`;

export function isAppError(value: unknown): value is AppError {
  return (value as { __typename?: string } | null)?.__typename === 'AppError';
}

/**
 * Issues by node code: paths are node paths ("SS/SS.HT/SS.01") or input paths
 * ("entries.1.nodeCode", resolved through the codes that were sent).
 */
export function issuesByCode(error: AppError, sentCodes: readonly string[] = []): Record<string, string> {
  const byCode: Record<string, string> = {};
  for (const issue of error.issues ?? []) {
    const entry = /^(?:entries|adjustments)\.(\d+)/.exec(issue.path);
    const code = entry ? sentCodes[Number(entry[1])] : issue.path.split('/').at(-1);
    if (code) byCode[code] = byCode[code] ? `${byCode[code]}; ${issue.message}` : issue.message;
  }
  return byCode;
}
