import { words } from '../template.ts';
import { viNumber } from '../words.ts';

type Entry = 'step' | 'option';
const VI_ENTRY: Record<Entry, string> = { step: 'Mức bậc thang', option: 'Lựa chọn' };

/** What is wrong in a criteria set as written: its fields and the rules that span nodes. */
export const CRITERIA_PROBLEMS = {
  NODE_CODE_FORMAT: words(
    () => 'Mã chỉ gồm chữ, số, ".", "_" hoặc "-", bắt đầu bằng chữ hoặc số',
    () => 'letters, digits, ".", "_" or "-", starting with a letter or digit',
  ),
  CHOICE_VALUE_FORMAT: words(
    () => 'Mã lựa chọn viết thường, không dấu, ví dụ "head" hoặc "deputy"',
    () => 'an identifier such as "head" or "deputy"',
  ),
  POINTS_TWO_DECIMALS: words(
    () => 'Điểm có tối đa hai chữ số thập phân',
    () => 'points have at most two decimal places',
  ),
  POINTS_PER_ITEM_POSITIVE: words(
    () => 'Điểm mỗi mục phải lớn hơn 0',
    () => 'must be more than 0',
  ),
  NODE_CODE_DUPLICATE: words<{ code: string; earlier: string }>(
    ({ code, earlier }) => `Mã "${code}" đã được dùng ở ${earlier}`,
    ({ code, earlier }) => `code "${code}" is already used by ${earlier}`,
  ),
  CHILDREN_SUM_MISMATCH: words<{ maxPoints: number; sum: number }>(
    ({ maxPoints, sum }) =>
      `Điểm tối đa là ${viNumber(maxPoints)} nhưng các mục con cộng lại được ${viNumber(sum)}`,
    ({ maxPoints, sum }) => `maxPoints is ${maxPoints} but its children add up to ${sum}`,
  ),
  CATEGORIES_SUM_MISMATCH: words<{ maxPoints: number; sum: number }>(
    ({ maxPoints, sum }) =>
      `Tổng điểm tối đa là ${viNumber(maxPoints)} nhưng các nhóm chỉ số cộng lại được ${viNumber(sum)}`,
    ({ maxPoints, sum }) => `maxPoints is ${maxPoints} but its categories add up to ${sum}`,
  ),
  CRITERION_RULE_AND_INDICATORS: words(
    () => 'Tiêu chí vừa có quy tắc chấm vừa có chỉ tiêu; chỉ giữ một',
    () => 'has both a rule and indicators; keep one',
  ),
  CRITERION_NO_RULE: words(
    () => 'Tiêu chí chưa có quy tắc chấm hay chỉ tiêu nào',
    () => 'has neither a rule nor indicators',
  ),
  CRITERION_NO_EVIDENCE: words(
    () => 'Tiêu chí chưa nói gì về minh chứng',
    () => 'says nothing about evidence',
  ),
  LEVELS_NOT_ASCENDING: words<{ level: number }>(
    ({ level }) => `Các mức phải xếp tăng dần, không lặp lại (Mức ${level})`,
    ({ level }) => `levels must be listed in ascending order without repeats (Mức ${level})`,
  ),
  LEVEL_UNKNOWN_GROUP: words<{ level: number; group: string }>(
    ({ level, group }) => `Mức ${level} nhắc đến nhóm "${group}" không thuộc nhóm chỉ số này`,
    ({ level, group }) => `Mức ${level} names group "${group}", which is not in this category`,
  ),
  LEVEL_GROUP_POINTS_UNREACHABLE: words<{ level: number; min: number; group: string; groupMax: number }>(
    ({ level, min, group, groupMax }) =>
      `Mức ${level} đòi ${viNumber(min)} điểm ở nhóm "${group}" trong khi nhóm chỉ có tối đa ${viNumber(groupMax)}`,
    ({ level, min, group, groupMax }) =>
      `Mức ${level} asks ${min} points of group "${group}", which has only ${groupMax}`,
  ),
  BANDS_DUPLICATE_START: words<{ min: number }>(
    ({ min }) => `Hai khoảng cùng bắt đầu từ ${viNumber(min)}`,
    ({ min }) => `two bands start at ${min}`,
  ),
  BANDS_NO_ZERO: words(
    () => 'Khoảng thấp nhất phải bắt đầu từ 0 để giá trị nào cũng thuộc một khoảng',
    () => 'the lowest band must start at 0 so every value has a band',
  ),
  ENTRY_POINTS_ABOVE_MAX: words<{ entry: Entry; points: number; max: number }>(
    ({ entry, points, max }) =>
      `${VI_ENTRY[entry]} cho ${viNumber(points)} điểm, quá điểm tối đa ${viNumber(max)}`,
    ({ entry, points, max }) => `${entry} gives ${points} points, more than the maximum ${max}`,
  ),
  STEPS_DUPLICATE_MIN: words<{ min: number }>(
    ({ min }) => `Hai mức bậc thang cùng bắt đầu từ ${viNumber(min)}`,
    ({ min }) => `two steps start at ${min}`,
  ),
  OPTIONS_DUPLICATE_VALUE: words<{ value: string }>(
    ({ value }) => `Hai lựa chọn cùng mã "${value}"`,
    ({ value }) => `two options are "${value}"`,
  ),
  MAX_UNREACHABLE: words<{ entry: Entry; max: number }>(
    ({ entry, max }) =>
      `Không ${entry === 'step' ? 'mức bậc thang' : 'lựa chọn'} nào cho đủ điểm tối đa ${viNumber(max)}`,
    ({ entry, max }) => `no ${entry} gives the maximum ${max} points`,
  ),
  POINTS_PER_ITEM_ABOVE_MAX: words<{ points: number; max: number }>(
    ({ points, max }) => `Điểm mỗi mục (${viNumber(points)}) lớn hơn điểm tối đa ${viNumber(max)}`,
    ({ points, max }) => `pointsPerItem ${points} is more than the maximum ${max}`,
  ),
  CRITERIA_FILE_UNREADABLE: words<{ detail: string }>(
    () => 'Không đọc được tệp; hãy kiểm tra đường dẫn và quyền đọc',
    ({ detail }) => detail,
  ),
  CRITERIA_YAML_INVALID: words<{ detail: string }>(
    () => 'Tệp YAML sai cú pháp; hãy mở tệp trong trình soạn thảo có kiểm tra YAML',
    ({ detail }) => detail,
  ),
  SET_VERSION_DUPLICATE: words<{ key: string; earlier: string }>(
    ({ key, earlier }) => `${key} cũng được định nghĩa trong ${earlier}`,
    ({ key, earlier }) => `${key} is also defined in ${earlier}`,
  ),
  SUPPLEMENTED_SET_MISSING: words<{ set: string }>(
    ({ set }) => `Bổ sung cho bộ "${set}" nhưng bộ đó không có trong các tệp này`,
    ({ set }) => `supplements "${set}", which is not among these files`,
  ),
};
