import type { Problem } from '@chiso/scoring';
import type { AppError, Issue } from '../../../graphql/errors.ts';

/** The API's answers for the editor's failures, worded as apps/api/src/errors.ts words them. */

/**
 * A catalogue problem at `path`; a criteria issue's field leads its messages, as the API's
 * toFieldIssue writes them.
 */
export const issueAt = (path: string, found: Problem): Issue => {
  const { vi, en } = found.messages;
  return {
    path,
    code: found.code,
    messages: found.field ? { vi: `${found.field}: ${vi}`, en: `${found.field}: ${en}` } : { vi, en },
  };
};

const appError = (
  code: AppError['code'],
  messages: { vi: string; en: string },
  issues: Issue[],
): AppError => ({
  __typename: 'AppError',
  code,
  message: messages.vi,
  messages,
  issues,
  jobId: null,
});

/** A stale revision (conflict(VERSION)). */
export const versionConflict = appError(
  'CONFLICT',
  {
    vi: 'Phiên bản bộ tiêu chí đã được người khác thay đổi. Hãy tải lại rồi thử lại; thay đổi của bạn chưa được lưu.',
    en: 'Someone else changed the criteria version in the meantime. Reload and try again; your change was not saved.',
  },
  [],
);

/** An argument refused at the edge (parseInput → validationFailed). */
export const invalidInput = (issues: Issue[]) => {
  const list = (locale: 'vi' | 'en') => issues.map((issue) => issue.messages[locale]).join('; ');
  return appError(
    'VALIDATION_FAILED',
    { vi: `Dữ liệu không hợp lệ: ${list('vi')}`, en: `Invalid input: ${list('en')}` },
    issues,
  );
};

/** An edit that would leave a document the criteria model cannot read (checkStructure). */
export const structural = (issues: Issue[]) =>
  appError(
    'VALIDATION_FAILED',
    {
      vi: `Bộ tiêu chí có ${issues.length} lỗi cấu trúc (xem từng lỗi theo đường dẫn tiêu chí); chưa có gì được lưu.`,
      en: `The criteria set has ${issues.length} structural problem(s) (see each issue by node path); nothing was saved.`,
    },
    issues,
  );
