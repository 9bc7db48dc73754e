import { AppError, type ErrorCode, type FieldIssue, type Message } from '../errors.ts';

/**
 * What a job sends back across the thread boundary. Structured cloning keeps an Error's message but
 * not its class or fields, so an expected failure (AppError) travels as plain data and is rebuilt.
 */
export type Answer<T> =
  | { value: T }
  | { failed: { code: ErrorCode; messages: Message; issues: FieldIssue[] } };

/** A job as the thread runs it: its expected failures answered as data, anything else thrown. */
export function answering<I, O>(job: (input: I) => O | Promise<O>): (input: I) => Promise<Answer<O>> {
  return async (input) => {
    try {
      return { value: await job(input) };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return { failed: { code: error.code, messages: error.messages, issues: error.issues } };
    }
  };
}

/** The job's value, or its AppError thrown again on this side. */
export function unwrap<T>(answer: Answer<T>): T {
  if ('value' in answer) return answer.value;
  throw new AppError(answer.failed.code, answer.failed.messages, answer.failed.issues);
}
