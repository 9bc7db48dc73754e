import { words } from '../template.ts';
import { enNumber, viDate, viNumber } from '../words.ts';

/** Improvement plans (kế hoạch nâng điểm): targets per criterion, checked against the criteria sets. */
export const PLAN_PROBLEMS = {
  PLAN_EXISTS: words<{ unit: string; period: string }>(
    ({ unit, period }) => `${unit} đã có kế hoạch cho kỳ ${period}; hãy mở kế hoạch đó để sửa`,
    ({ unit, period }) => `${unit} already has a plan for ${period}; open that plan to change it`,
  ),
  PLAN_NO_BASE_PERIOD: words<{ period: string }>(
    ({ period }) => `Kỳ gốc phải là một kỳ đã công bố kết thúc trước kỳ ${period}`,
    ({ period }) => `the base period must be a published period that ends before ${period}`,
  ),
  PLAN_SET_NOT_ASSESSED: words<{ set: string }>(
    ({ set }) => `Đơn vị không được đánh giá theo bộ tiêu chí ${set} trong kỳ của kế hoạch`,
    ({ set }) => `the unit is not assessed on the ${set} criteria set in the plan's period`,
  ),
  PLAN_TARGET_ABOVE_MAX: words<{ code: string; max: number; points: number }>(
    ({ code, max, points }) =>
      `Mục tiêu ${viNumber(points)} điểm của ${code} vượt điểm tối đa ${viNumber(max)}`,
    ({ code, max, points }) =>
      `the target of ${enNumber(points)} points for ${code} is above its maximum of ${enNumber(max)}`,
  ),
  PLAN_TARGET_NO_GAIN: words<{ code: string; base: number; points: number }>(
    ({ code, base, points }) =>
      `Mục tiêu ${viNumber(points)} điểm của ${code} phải cao hơn điểm hiện có (${viNumber(base)})`,
    ({ code, base, points }) =>
      `the target of ${enNumber(points)} points for ${code} must be above the current ${enNumber(base)}`,
  ),
  PLAN_OWNER_REQUIRED: words(
    () => 'Hãy ghi bộ phận chịu trách nhiệm',
    () => 'name the body responsible',
  ),
  PLAN_DUE_AFTER_PERIOD: words<{ endsOn: string }>(
    ({ endsOn }) => `Thời hạn phải trước hoặc đúng ngày kết thúc kỳ (${viDate(endsOn)})`,
    ({ endsOn }) => `the due date must be on or before the period's end (${endsOn})`,
  ),
  PLAN_RETURN_REASON_REQUIRED: words(
    () => 'Hãy nêu lý do trả lại kế hoạch',
    () => 'say why the plan is returned',
  ),
  PLAN_TARGETS_REQUIRED: words(
    () => 'Kế hoạch cần ít nhất một chỉ tiêu trước khi gửi',
    () => 'the plan needs at least one target before it is submitted',
  ),
};
