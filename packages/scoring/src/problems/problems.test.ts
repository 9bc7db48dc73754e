import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  englishWordsIn,
  PROBLEM_CODES,
  type ProblemCode,
  type ProblemParams,
  problem,
  problemFlag,
  problemOfZodIssue,
  problemRefinement,
} from './index.ts';

/** One set of params per code: the type fails to check when a code is added without a sample. */
const SAMPLES: { [C in ProblemCode]: ProblemParams<C> } = {
  VALUE_WRONG_TYPE: { expected: 'number' },
  NUMBER_TOO_SMALL: { limit: 1234.5, inclusive: true },
  NUMBER_TOO_BIG: { limit: 100, inclusive: false },
  TEXT_EMPTY: undefined,
  TEXT_TOO_SHORT: { limit: 8 },
  TEXT_TOO_LONG: { limit: 4000 },
  LIST_TOO_SHORT: { limit: 2 },
  LIST_TOO_LONG: { limit: 30 },
  VALUE_TOO_SMALL: { limit: '2022-11-16' },
  VALUE_TOO_BIG: { limit: '2022-11-16' },
  FORMAT_INVALID: { format: 'email' },
  NOT_MULTIPLE_OF: { divisor: 0.01 },
  VALUE_NOT_ALLOWED: { values: ['YEAR', 'HALF'] },
  UNKNOWN_FIELDS: { keys: ['x'] },
  NO_MATCHING_FORM: undefined,
  KEY_INVALID: undefined,
  ELEMENT_INVALID: undefined,
  VALUE_INVALID: undefined,
  YES_NO_EXPECTED: undefined,
  RATIO_EXPECTED: undefined,
  RATIO_UNEXPECTED_FIELD: { names: ['x'] },
  RATIO_NUMERATOR_INVALID: undefined,
  RATIO_DENOMINATOR_INVALID: undefined,
  RATIO_NUMERATOR_ABOVE_DENOMINATOR: { numerator: 1234.5, denominator: 12 },
  SHARE_NOT_A_NUMBER: undefined,
  SHARE_OUT_OF_RANGE: { value: 120.5 },
  STEPS_NOT_A_NUMBER: undefined,
  COUNT_NOT_WHOLE: undefined,
  CHOICE_UNKNOWN_OPTION: { values: ['head', 'deputy'] },
  BEST_IN_COHORT_NOT_AN_AMOUNT: undefined,
  MANUAL_POINTS_OUT_OF_RANGE: { max: 1.5 },
  NODE_CODE_FORMAT: undefined,
  CHOICE_VALUE_FORMAT: undefined,
  POINTS_TWO_DECIMALS: undefined,
  POINTS_PER_ITEM_POSITIVE: undefined,
  NODE_CODE_DUPLICATE: { code: 'SS.01', earlier: 'SS/SS.HT/SS.01' },
  CHILDREN_SUM_MISMATCH: { maxPoints: 26, sum: 27.5 },
  CATEGORIES_SUM_MISMATCH: { maxPoints: 100, sum: 99 },
  CRITERION_RULE_AND_INDICATORS: undefined,
  CRITERION_NO_RULE: undefined,
  CRITERION_NO_EVIDENCE: undefined,
  LEVELS_NOT_ASCENDING: { level: 2 },
  LEVEL_UNKNOWN_GROUP: { level: 2, group: 'SS.HT' },
  LEVEL_GROUP_POINTS_UNREACHABLE: { level: 3, min: 12.5, group: 'SS.HT', groupMax: 10 },
  BANDS_DUPLICATE_START: { min: 50 },
  BANDS_NO_ZERO: undefined,
  ENTRY_POINTS_ABOVE_MAX: { entry: 'step', points: 3, max: 2.5 },
  STEPS_DUPLICATE_MIN: { min: 4 },
  OPTIONS_DUPLICATE_VALUE: { value: 'head' },
  MAX_UNREACHABLE: { entry: 'option', max: 2 },
  POINTS_PER_ITEM_ABOVE_MAX: { points: 3, max: 2 },
  CRITERIA_FILE_UNREADABLE: { detail: 'ENOENT' },
  CRITERIA_YAML_INVALID: { detail: 'YAML 3:5' },
  SET_VERSION_DUPLICATE: { key: 'xa@2392', earlier: 'xa.yaml' },
  SUPPLEMENTED_SET_MISSING: { set: 'xa' },
  DAY_FORMAT: undefined,
  NOT_A_CALENDAR_DAY: undefined,
  PERIOD_CODE_FORMAT: undefined,
  PERIOD_CODE_TAKEN: { code: '2022' },
  PERIOD_ENDS_BEFORE_START: { startsOn: '2023-12-31' },
  PERIOD_TOO_LONG: { days: 400, kind: 'YEAR' },
  SUBMISSION_DUE_OUT_OF_RANGE: { after: '2022-01-01', by: '2024-01-01' },
  REVIEW_DUE_OUT_OF_RANGE: { from: '2022-01-01', to: '2024-01-01' },
  DEADLINE_IN_PAST: { dueOn: '2022-11-16' },
  VERSION_ALREADY_ASSIGNED: { group: 'XA', period: '2022' },
  EXTENSION_REASON_REQUIRED: undefined,
  PLAN_EXISTS: { unit: 'Huyện Vân Đồn', period: '2022' },
  PLAN_NO_BASE_PERIOD: { period: '2022' },
  PLAN_SET_NOT_ASSESSED: { set: 'district-supplement' },
  PLAN_TARGET_ABOVE_MAX: { code: 'SS.40', max: 1, points: 1.5 },
  PLAN_TARGET_NO_GAIN: { code: 'SS.40', base: 1, points: 0.5 },
  PLAN_OWNER_REQUIRED: undefined,
  PLAN_DUE_AFTER_PERIOD: { endsOn: '2022-12-31' },
  PLAN_RETURN_REASON_REQUIRED: undefined,
  PLAN_TARGETS_REQUIRED: undefined,
  EFFORT_OUT_OF_RANGE: undefined,
  EFFORT_TWO_DECIMALS: undefined,
  EFFORT_UNKNOWN_CODE: { code: 'SS.99', version: '2022' },
  EFFORT_GIVEN_TWICE: { code: 'SS.05' },
  PERIOD_REOPEN_REASON_REQUIRED: undefined,
  PERIOD_NOT_PUBLISHED_FOR_PUBLIC: { code: '2022' },
  CODE_IN_SEVERAL_PROVINCES: { code: '2023' },
  PUBLIC_PERIOD_NOT_FOUND: { code: '2022' },
  PUBLIC_UNIT_NOT_FOUND: { code: '06658' },
  ASSESSMENT_REOPEN_REASON_REQUIRED: undefined,
  ASSESSMENT_RETURN_REASON_REQUIRED: undefined,
  ENTRIES_REQUIRED: undefined,
  ADJUSTMENTS_REQUIRED: undefined,
  SELECTION_REQUIRED: undefined,
  NODE_NOT_SCORED: { code: 'SS.01' },
  NODE_GIVEN_TWICE: { code: 'SS.01' },
  REVIEW_POINTS_NEGATIVE: undefined,
  REVIEW_POINTS_OUT_OF_RANGE: { code: 'SS.01', max: 1.5, points: 2 },
  REVIEW_COMMENT_REQUIRED: undefined,
  VALUE_MISSING_FOR_SUBMIT: { code: 'SS.01' },
  EVIDENCE_MISSING_FOR_SUBMIT: { code: 'SS.01' },
  ID_OF_WRONG_TYPE: { path: 'assessmentId', typename: 'Assessment' },
  ID_NOT_OF_TYPE: { typename: 'UnitGroup' },
  EVIDENCE_NODE_REQUIRED: undefined,
  EVIDENCE_TITLE_REQUIRED: undefined,
  WEB_ADDRESS_FORMAT: undefined,
  FILE_NAME_MISSING: undefined,
  EVIDENCE_NODE_UNKNOWN: { code: 'SS.01' },
  FILE_PART_NAME: undefined,
  FILE_MISSING: undefined,
  MULTIPART_EXPECTED: undefined,
  FIELDS_BEFORE_FILE: undefined,
  UPLOAD_MALFORMED: { detail: 'busboy' },
  FILE_TOO_LARGE: { size: '20 MB' },
  FILE_TYPE_NOT_ACCEPTED: { accepted: 'PDF, DOCX' },
  FILE_CONTENT_MISMATCH: { type: 'PDF' },
  FILE_EMPTY: undefined,
  UNIT_GROUP_CODE_FORMAT: undefined,
  UNIT_GROUP_CODE_TAKEN: { code: 'XA' },
  UNIT_CODE_FORMAT: undefined,
  PROVINCE_CODE_FORMAT: undefined,
  UNIT_FILE_INVALID: { detail: 'JSON 1:1' },
  UNKNOWN_PROVINCE: { code: '22' },
  ONE_SOURCE: undefined,
  UNIT_ALREADY_NAMED: { name: 'Xã Tân Lập' },
  BEFORE_UNIT_BEGAN: { name: 'Xã Tân Lập', from: '2025-07-01' },
  UNIT_ENDED: { name: 'Xã Tân Lập', on: '2025-06-30' },
  CODE_TAKEN: { code: '06658', holder: 'Xã Tân Lập' },
  CODE_REPEATED: { code: '06658' },
  TOO_FEW: undefined,
  KINDS_DIFFER: undefined,
  PARENT_NEEDED: undefined,
  UNITS_REQUIRED: undefined,
  UNIT_NOT_FOUND: { code: '06658' },
  UNIT_CODE_MISSING: undefined,
  INVALID_EMAIL: { email: 'abc' },
  EMAIL_TAKEN: { email: 'a@b.vn' },
  NAME_TOO_LONG: undefined,
  PASSWORD_TOO_SHORT: { min: 10 },
  PASSWORD_TOO_LONG: { max: 128 },
  PASSWORD_TOO_COMMON: undefined,
  PASSWORD_CONTAINS_EMAIL: undefined,
  WRONG_PASSWORD: undefined,
  PASSWORD_UNCHANGED: undefined,
  DRAFT_SET_CHANGED: { current: 'xa', next: 'huyen' },
  DRAFT_VERSION_CHANGED: { current: '2022' },
  PATCH_EMPTY: undefined,
  YAML_SYNTAX: { line: 3, column: 5, reason: 'BAD_INDENT', detail: 'bad indentation of a mapping entry' },
  INDICATOR_HAS_NO_CHILDREN: undefined,
  POSITION_OUT_OF_RANGE: { length: 4 },
  NODE_FIELD_NOT_HERE: { field: 'rule', kind: 'group' },
  NODE_NUMBER_NOT_HERE: { kind: 'indicator' },
  NODE_LEVELS_NOT_HERE: { kind: 'criterion' },
  NODE_NOT_AN_OBJECT: undefined,
  NODE_MISPLACED: { kind: 'criterion', target: 'group', under: 'SS' },
  MAPPING_KIND_DIFFERS: { code: 'SS.01' },
  MAPPING_UNKNOWN_FROM: { code: 'SS.01' },
  MAPPING_UNKNOWN_TO: { code: 'SS.01' },
  MAPPING_DUPLICATE: { code: 'SS.01' },
  YAML_EXPANDS_TOO_FAR: { max: 100000 },
  REQUEST_MALFORMED: { detail: 'JSON' },
  NUL_CHARACTER: undefined,
  ARGUMENT_INVALID: { detail: 'cursor' },
  WORKBOOK_MISSING: undefined,
  MIGRATIONS_MISSING: { count: 2 },
  JOB_FAILED: { attempts: 4 },
  JOB_RUNNING: { jobId: '0193a1b2-0000-7000-8000-000000000000' },
  MEASURE_REPEATED: undefined,
  DELTA_NEEDS_TWO_PERIODS: undefined,
  LINEAGE_NEEDS_TWO_PERIODS: undefined,
  NO_SUCH_UNIT_GROUP: undefined,
  NO_SUCH_PERIOD: undefined,
  BANDS_INVALID: { detail: '0–100' },
  SENSITIVITY_PERCENT_RANGE: undefined,
  CATEGORY_NEEDED_FOR_RANKING: undefined,
  CATEGORY_NEEDED_FOR_LEVEL: undefined,
  NOT_GRAPHQL: { detail: 'Syntax Error' },
  OPERATION_NOT_ONE_QUERY: undefined,
  OPERATION_NAME_TAKEN: { name: 'bangDieuKhien' },
  OPERATION_DOCUMENT_TAKEN: { name: 'bangDieuKhien' },
};

describe('the problem catalogue', () => {
  it.each(PROBLEM_CODES)('words %s in Vietnamese and English', (code) => {
    const { messages } = problem(code as 'VALUE_INVALID', SAMPLES[code] as undefined);
    expect(messages.vi.trim()).not.toBe('');
    expect(messages.en.trim()).not.toBe('');
    expect(messages.vi).not.toBe(messages.en);
    expect(englishWordsIn(messages.vi)).toEqual([]);
  });

  it('writes numbers the Vietnamese way in Vietnamese', () => {
    const { messages } = problem('RATIO_NUMERATOR_ABOVE_DENOMINATOR', { numerator: 1234.5, denominator: 12 });
    expect(messages.vi).toBe('Tử số (1.234,5) không được lớn hơn mẫu số (12)');
  });
});

describe('zod issues as problems', () => {
  const first = (schema: z.ZodType, value: unknown) => {
    const issue = schema.safeParse(value).error?.issues[0];
    if (!issue) throw new Error('expected an issue');
    return problemOfZodIssue(issue);
  };

  it('names the type and the bound in Vietnamese', () => {
    expect(first(z.number(), 'abc')).toMatchObject({
      code: 'VALUE_WRONG_TYPE',
      messages: { vi: 'Phải là số' },
    });
    expect(first(z.number().min(0), -1)).toMatchObject({
      code: 'NUMBER_TOO_SMALL',
      messages: { vi: 'Phải từ 0 trở lên' },
    });
    expect(first(z.number().max(1500), 2000).messages.vi).toBe('Phải không quá 1.500');
    expect(first(z.string().trim().min(1), '  ').code).toBe('TEXT_EMPTY');
    expect(first(z.enum(['YEAR', 'HALF']), 'x').messages.vi).toBe('Chỉ nhận một trong: YEAR, HALF');
    expect(first(z.object({}).strict(), { x: 1 }).code).toBe('UNKNOWN_FIELDS');
    expect(first(z.iso.date(), '16/11/2022').messages.vi).toBe('Sai định dạng: cần ngày dạng YYYY-MM-DD');
  });

  it('keeps the code a check names', () => {
    const points = z.number().refine((value) => value > 0, problemFlag('POINTS_PER_ITEM_POSITIVE'));
    expect(first(points, 0).code).toBe('POINTS_PER_ITEM_POSITIVE');
    expect(first(z.string().regex(/^a/, problemFlag('NODE_CODE_FORMAT')), 'b').code).toBe('NODE_CODE_FORMAT');
    const id = z.string().refine(() => false, problemRefinement('ID_NOT_OF_TYPE', { typename: 'UnitGroup' }));
    expect(first(id, 'x').messages).toEqual({
      vi: 'Phải là mã định danh của UnitGroup',
      en: 'must be the ID of a UnitGroup',
    });
  });
});
