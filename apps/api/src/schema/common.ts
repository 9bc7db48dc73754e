import { fromHundredths } from '@chiso/scoring';
import { GraphQLError, Kind } from 'graphql';
import { builder } from '../builder.ts';
import { DecimalList } from '../decimal-list.ts';
import { AppError, ERROR_CODES, type FieldIssue } from '../errors.ts';
import { codeText } from '../limits/arguments.ts';

builder.queryType({});
builder.mutationType({});

builder.scalarType('DateTime', {
  description: 'An instant, ISO 8601 (2022-11-16T08:00:00.000Z).',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => parseInstant(value),
  parseLiteral: (node) => parseInstant(node.kind === Kind.STRING ? node.value : undefined),
});

builder.scalarType('Date', {
  description: 'A calendar day, ISO 8601 (2022-11-16); shown to people as 16/11/2022.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: (value) => parseDay(value),
  parseLiteral: (node) => parseDay(node.kind === Kind.STRING ? node.value : undefined),
});

builder.scalarType('JSON', {
  description: 'A JSON value: what a unit reports for a criterion, shaped by its rule kind.',
  serialize: (value) => value,
  parseValue: (value) => value,
});

builder.scalarType('DecimalList', {
  description:
    'A list of decimals, null where there is no value, written as a JSON array ([23.72, null, 5]); aligned with the columns of the type that has it. Output only.',
  serialize: (value) => (value instanceof DecimalList ? value : DecimalList.from(value)),
  parseValue: () => {
    throw new GraphQLError('DecimalList is an output type');
  },
});

function parseInstant(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be an ISO 8601 instant');
  return date;
}

function parseDay(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError('Date must be a calendar day such as 2022-11-16');
  }
  return value;
}

export const LocalizedTextRef = builder.objectRef<{ vi: string; en: string }>('LocalizedText').implement({
  description: 'Text in Vietnamese, with its English translation.',
  fields: (t) => ({ vi: t.exposeString('vi'), en: t.exposeString('en') }),
});

const ErrorCodeEnum = builder.enumType('ErrorCode', {
  description: 'Stable codes of expected failures.',
  values: ERROR_CODES,
});

const FieldIssueRef = builder.objectRef<FieldIssue>('FieldIssue').implement({
  description: 'What is wrong with one part of the input.',
  fields: (t) => ({
    path: t.exposeString('path'),
    message: t.string({
      description: 'The message in English, as before problems had codes; read `messages` instead.',
      deprecationReason: 'Use `messages` (Vietnamese and English) and `code`.',
      resolve: (issue) => issue.messages.en,
    }),
    code: t.string({
      description:
        'What is wrong, stable for clients (e.g. SHARE_OUT_OF_RANGE): a code of the problem catalogue in @chiso/scoring.',
      resolve: (issue) => issue.code,
    }),
    messages: t.field({
      type: LocalizedTextRef,
      description: 'The message in Vietnamese and English, numbers and dates as each language writes them.',
      resolve: (issue) => issue.messages,
    }),
  }),
});

builder.objectType(AppError, {
  name: 'AppError',
  description: 'An expected failure: a stable code and a message a person can act on.',
  fields: (t) => ({
    code: t.field({ type: ErrorCodeEnum, resolve: (error) => error.code }),
    message: t.string({
      description: "In the caller's language.",
      resolve: (error, _args, context) => error.messages[context.locale],
    }),
    messages: t.field({ type: LocalizedTextRef, resolve: (error) => error.messages }),
    issues: t.field({ type: [FieldIssueRef], resolve: (error) => error.issues }),
    jobId: t.id({
      nullable: true,
      description: 'JOB_UNFINISHED: the background job still at work; follow it with job(id).',
      resolve: (error) => error.jobId,
    }),
  }),
});

/** Points are integer hundredths inside; the API speaks decimals (23.72). */
export const points = (hundredths: number) => fromHundredths(hundredths);
/** The same for a value that may be absent. */
export const decimal = (hundredths: number | null) => (hundredths === null ? null : points(hundredths));

/** The `province` argument of lookups by code (auth/provinces.ts `codeIn`). */
export const PROVINCE_ARGUMENT = {
  validate: codeText,
  description:
    'Where to look: a province by its code (22) or toan-quoc for national rows; omitted, wherever the caller sees the code (national roles name one when several provinces use it).',
} as const;
