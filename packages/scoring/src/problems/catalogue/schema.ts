import { words } from '../template.ts';
import { enFormatName, enNumber, enTypeName, listOf, viFormatName, viNumber, viTypeName } from '../words.ts';

interface Bound {
  limit: number;
  inclusive: boolean;
}

/** What zod finds wrong with a value's shape (see `../zod.ts`), whatever the schema. */
export const SCHEMA_PROBLEMS = {
  VALUE_WRONG_TYPE: words<{ expected: string }>(
    ({ expected }) => `Phải là ${viTypeName(expected)}`,
    ({ expected }) => `Expected ${enTypeName(expected)}`,
  ),
  NUMBER_TOO_SMALL: words<Bound>(
    ({ limit, inclusive }) =>
      `Phải ${inclusive ? 'từ' : 'lớn hơn'} ${viNumber(limit)}${inclusive ? ' trở lên' : ''}`,
    ({ limit, inclusive }) => `Must be ${inclusive ? 'at least' : 'more than'} ${enNumber(limit)}`,
  ),
  NUMBER_TOO_BIG: words<Bound>(
    ({ limit, inclusive }) => `Phải ${inclusive ? 'không quá' : 'nhỏ hơn'} ${viNumber(limit)}`,
    ({ limit, inclusive }) => `Must be ${inclusive ? 'at most' : 'less than'} ${enNumber(limit)}`,
  ),
  TEXT_EMPTY: words(
    () => 'Chưa nhập nội dung',
    () => 'Must not be empty',
  ),
  TEXT_TOO_SHORT: words<{ limit: number }>(
    ({ limit }) => `Cần ít nhất ${viNumber(limit)} ký tự`,
    ({ limit }) => `At least ${enNumber(limit)} characters`,
  ),
  TEXT_TOO_LONG: words<{ limit: number }>(
    ({ limit }) => `Dài quá ${viNumber(limit)} ký tự`,
    ({ limit }) => `At most ${enNumber(limit)} characters`,
  ),
  LIST_TOO_SHORT: words<{ limit: number }>(
    ({ limit }) => `Cần ít nhất ${viNumber(limit)} mục`,
    ({ limit }) => `At least ${enNumber(limit)} items`,
  ),
  LIST_TOO_LONG: words<{ limit: number }>(
    ({ limit }) => `Nhiều quá ${viNumber(limit)} mục`,
    ({ limit }) => `At most ${enNumber(limit)} items`,
  ),
  VALUE_TOO_SMALL: words<{ limit: string }>(
    ({ limit }) => `Nhỏ hơn mức tối thiểu ${limit}`,
    ({ limit }) => `Below the minimum ${limit}`,
  ),
  VALUE_TOO_BIG: words<{ limit: string }>(
    ({ limit }) => `Vượt mức tối đa ${limit}`,
    ({ limit }) => `Above the maximum ${limit}`,
  ),
  FORMAT_INVALID: words<{ format: string }>(
    ({ format }) => `Sai định dạng: cần ${viFormatName(format)}`,
    ({ format }) => `Wrong format: expected ${enFormatName(format)}`,
  ),
  NOT_MULTIPLE_OF: words<{ divisor: number }>(
    ({ divisor }) => `Phải là bội số của ${viNumber(divisor)}`,
    ({ divisor }) => `Must be a multiple of ${enNumber(divisor)}`,
  ),
  VALUE_NOT_ALLOWED: words<{ values: readonly string[] }>(
    ({ values }) => `Chỉ nhận một trong: ${listOf(values)}`,
    ({ values }) => `Must be one of: ${listOf(values)}`,
  ),
  UNKNOWN_FIELDS: words<{ keys: readonly string[] }>(
    ({ keys }) => `Trường không dùng đến: ${listOf(keys)}`,
    ({ keys }) => `Unexpected field(s): ${listOf(keys)}`,
  ),
  NO_MATCHING_FORM: words(
    () => 'Không khớp với dạng nào được chấp nhận',
    () => 'Matches none of the accepted forms',
  ),
  KEY_INVALID: words(
    () => 'Khóa không hợp lệ',
    () => 'Invalid key',
  ),
  ELEMENT_INVALID: words(
    () => 'Phần tử không hợp lệ',
    () => 'Invalid element',
  ),
  VALUE_INVALID: words(
    () => 'Giá trị không hợp lệ',
    () => 'Invalid value',
  ),
};
