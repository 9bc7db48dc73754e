import { words } from '../template.ts';
import { listOf, viNumber } from '../words.ts';

/** Why a value a unit reports for a criterion cannot be stored or scored, one code per rule kind's check. */
export const INPUT_PROBLEMS = {
  YES_NO_EXPECTED: words(
    () => 'Trả lời có hoặc không',
    () => 'answer yes or no (true or false)',
  ),
  RATIO_EXPECTED: words(
    () => 'Nhập cả tử số và mẫu số',
    () => 'give the ratio as { numerator, denominator }',
  ),
  RATIO_UNEXPECTED_FIELD: words<{ names: readonly string[] }>(
    ({ names }) => `Trường không dùng đến: ${listOf(names)}`,
    ({ names }) => `unexpected field ${listOf(names)}`,
  ),
  RATIO_NUMERATOR_INVALID: words(
    () => 'Tử số phải là một số ≥ 0',
    () => 'numerator must be a number ≥ 0',
  ),
  RATIO_DENOMINATOR_INVALID: words(
    () => 'Mẫu số phải là một số ≥ 0',
    () => 'denominator must be a number ≥ 0',
  ),
  RATIO_NUMERATOR_ABOVE_DENOMINATOR: words<{ numerator: number; denominator: number }>(
    ({ numerator, denominator }) =>
      `Tử số (${viNumber(numerator)}) không được lớn hơn mẫu số (${viNumber(denominator)})`,
    ({ numerator, denominator }) =>
      `numerator (${numerator}) cannot be more than denominator (${denominator})`,
  ),
  SHARE_NOT_A_NUMBER: words(
    () => 'Tỷ lệ phải là một số (phần trăm)',
    () => 'share must be a number (a percentage)',
  ),
  SHARE_OUT_OF_RANGE: words<{ value: number }>(
    ({ value }) => `Tỷ lệ phải từ 0 đến 100 (đã nhập ${viNumber(value)})`,
    ({ value }) => `share must be between 0 and 100 (got ${value})`,
  ),
  STEPS_NOT_A_NUMBER: words(
    () => 'Giá trị phải là một số',
    () => 'value must be a number',
  ),
  COUNT_NOT_WHOLE: words(
    () => 'Số lượng phải là số nguyên ≥ 0',
    () => 'count must be a whole number ≥ 0',
  ),
  CHOICE_UNKNOWN_OPTION: words<{ values: readonly string[] }>(
    ({ values }) => `Câu trả lời phải là một trong: ${listOf(values)}`,
    ({ values }) => `answer must be one of: ${listOf(values)}`,
  ),
  BEST_IN_COHORT_NOT_AN_AMOUNT: words(
    () => 'Giá trị phải là một số ≥ 0',
    () => 'value must be a number ≥ 0',
  ),
  MANUAL_POINTS_OUT_OF_RANGE: words<{ max: number }>(
    ({ max }) => `Điểm phải từ 0 đến ${viNumber(max)}, tối đa hai chữ số thập phân`,
    ({ max }) => `points must be between 0 and ${max} with at most two decimals`,
  ),
};
