import type { Problem, ProblemCode } from '@chiso/scoring';

/**
 * Expected failures: a stable code, a message in Vietnamese and English, and where the input
 * was wrong. Mutations return them as typed results; queries surface them as GraphQL errors with
 * `extensions.code`. Anything else is unexpected and masked (see server.ts).
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'INVALID_TRANSITION',
  'CONFLICT',
  'LIMIT_EXCEEDED',
  'REQUEST_TIMEOUT',
  'JOB_UNFINISHED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One field's problem: a catalogue code (@chiso/scoring's PROBLEMS) and its wording in both languages. */
export interface FieldIssue {
  /** Input path, e.g. "entries.3.input" or a criteria node path. */
  path: string;
  /** What is wrong, stable for clients (e.g. SHARE_OUT_OF_RANGE). */
  code: ProblemCode;
  messages: Message;
}

/** A catalogue problem found at `path`. */
export const issueAt = (path: string, found: Problem): FieldIssue => ({
  path,
  code: found.code,
  messages: found.messages,
});

export interface Message {
  vi: string;
  en: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messages: Message;
  readonly issues: FieldIssue[];
  /** JOB_UNFINISHED: the background job still at work, which `job(id)` follows. */
  readonly jobId: string | null;

  constructor(code: ErrorCode, messages: Message, issues: FieldIssue[] = [], jobId: string | null = null) {
    super(messages.en);
    this.name = 'AppError';
    this.code = code;
    this.messages = messages;
    this.issues = issues;
    this.jobId = jobId;
  }
}

export const unauthenticated = () =>
  new AppError('UNAUTHENTICATED', { vi: 'Vui lòng đăng nhập.', en: 'Please sign in.' });

export const forbidden = (what: Message = { vi: 'thao tác này', en: 'this' }) =>
  new AppError('FORBIDDEN', {
    vi: `Bạn không có quyền thực hiện ${what.vi}.`,
    en: `You are not allowed to do ${what.en}.`,
  });

export const notFound = (what: Message) =>
  new AppError('NOT_FOUND', { vi: `Không tìm thấy ${what.vi}.`, en: `${capitalise(what.en)} not found.` });

export const validationFailed = (issues: FieldIssue[], message?: Message) =>
  new AppError(
    'VALIDATION_FAILED',
    message ?? {
      vi: `Dữ liệu không hợp lệ: ${issues.map((issue) => issue.messages.vi).join('; ')}`,
      en: `Invalid input: ${issues.map((issue) => issue.messages.en).join('; ')}`,
    },
    issues,
  );

/** The request ran past its time budget (limits/time-budget.ts): its work was stopped, nothing half-done kept. */
export const requestTimedOut = (budgetMs?: number) => {
  const seconds = budgetMs === undefined ? null : Math.max(budgetMs / 1000, 0.001);
  return new AppError('REQUEST_TIMEOUT', {
    vi: `Yêu cầu chạy quá thời gian cho phép${seconds === null ? '' : ` (${seconds.toLocaleString('vi-VN')} giây)`} và đã bị dừng; hãy thử lại sau hoặc thu hẹp phạm vi yêu cầu.`,
    en: `The request took longer than allowed${seconds === null ? '' : ` (${seconds.toLocaleString('en')} s)`} and was stopped; try again later or ask for less.`,
  });
};

export const invalidTransition = (messages: Message) => new AppError('INVALID_TRANSITION', messages);

/**
 * A workflow step refused from the status `thing` is in: says which status it is in and which it
 * needs. `names` words each status; `thing` is how the sentence names the object ("phiếu" / "the assessment").
 */
export function wrongStatus<S extends string>(
  names: Record<S, Message>,
  thing: Message,
  current: S,
  allowed: readonly S[],
  action: Message,
): AppError {
  const now = names[current];
  const from = allowed.map((status) => names[status]);
  return invalidTransition({
    vi: `Không thể ${action.vi}: ${thing.vi} đang ở trạng thái "${now.vi}" (chỉ được khi ${from.map((s) => `"${s.vi}"`).join(' hoặc ')}).`,
    en: `Cannot ${action.en}: ${thing.en} is ${now.en} (only possible when ${from.map((s) => s.en).join(' or ')}).`,
  });
}

export const conflict = (what: Message = { vi: 'dữ liệu', en: 'the data' }) =>
  new AppError('CONFLICT', {
    vi: `${capitalise(what.vi)} đã được người khác thay đổi. Hãy tải lại rồi thử lại; thay đổi của bạn chưa được lưu.`,
    en: `Someone else changed ${what.en} in the meantime. Reload and try again; your change was not saved.`,
  });

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
