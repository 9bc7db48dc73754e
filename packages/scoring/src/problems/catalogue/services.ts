import { words } from '../template.ts';
import { viDate, viNumber } from '../words.ts';

type NodeKindName = 'category' | 'group' | 'criterion' | 'indicator';
const VI_KIND: Record<NodeKindName, string> = {
  category: 'hạng mục',
  group: 'nhóm tiêu chí',
  criterion: 'tiêu chí',
  indicator: 'chỉ tiêu',
};
const EN_KIND: Record<NodeKindName, string> = {
  category: 'a category (hạng mục)',
  group: 'a group (nhóm tiêu chí)',
  criterion: 'a criterion (tiêu chí)',
  indicator: 'an indicator (chỉ tiêu)',
};

/**
 * What the API's services refuse beyond a value's shape: clashes, dates, files, states. The English
 * wording is what the API said before the catalogue, so clients matching it keep working.
 */
export const SERVICE_PROBLEMS = {
  // Periods and deadlines
  DAY_FORMAT: words(
    () => 'Ngày phải có dạng YYYY-MM-DD, ví dụ 2022-11-16',
    () => 'expected a day such as 2022-11-16',
  ),
  NOT_A_CALENDAR_DAY: words(
    () => 'Ngày này không có trên lịch',
    () => 'not a real calendar day',
  ),
  PERIOD_CODE_FORMAT: words(
    () => 'Mã kỳ gồm chữ, số, ".", "-" hoặc "_", tối đa 40 ký tự (ví dụ 2022 hoặc 2023-H1)',
    () => 'letters, digits, ".", "-" or "_", at most 40 (e.g. 2022 or 2023-H1)',
  ),
  PERIOD_CODE_TAKEN: words<{ code: string }>(
    ({ code }) => `Mã "${code}" đã được dùng cho kỳ đánh giá khác`,
    ({ code }) => `the code "${code}" is already used by another period`,
  ),
  PERIOD_ENDS_BEFORE_START: words<{ startsOn: string }>(
    ({ startsOn }) => `Ngày kết thúc phải sau ngày bắt đầu (${viDate(startsOn)})`,
    ({ startsOn }) => `the period must end after it starts (${startsOn})`,
  ),
  PERIOD_TOO_LONG: words<{ days: number; kind: 'YEAR' | 'HALF_YEAR' }>(
    ({ days, kind }) => `${viNumber(days)} ngày là dài hơn ${kind === 'YEAR' ? 'một năm' : 'nửa năm'}`,
    ({ days, kind }) => `${days} days is longer than ${kind === 'YEAR' ? 'a year' : 'half a year'}`,
  ),
  SUBMISSION_DUE_OUT_OF_RANGE: words<{ after: string; by: string }>(
    ({ after, by }) => `Hạn nộp phải sau ngày ${viDate(after)} và không muộn hơn ${viDate(by)}`,
    ({ after, by }) => `the submission deadline must fall after ${after} and by ${by}`,
  ),
  REVIEW_DUE_OUT_OF_RANGE: words<{ from: string; to: string }>(
    ({ from, to }) => `Hạn thẩm định phải trong khoảng ${viDate(from)} – ${viDate(to)}`,
    ({ from, to }) => `the review deadline must fall between ${from} and ${to}`,
  ),
  DEADLINE_IN_PAST: words<{ dueOn: string }>(
    ({ dueOn }) => `Hạn mới phải từ hôm nay trở đi, không thể là ${viDate(dueOn)}`,
    ({ dueOn }) => `the new deadline must be today or later, not ${dueOn}`,
  ),
  VERSION_ALREADY_ASSIGNED: words<{ group: string; period: string }>(
    ({ group, period }) => `Nhóm ${group} đã được đánh giá theo phiên bản này trong kỳ ${period}`,
    ({ group, period }) => `${group} is already assessed on this version in ${period}`,
  ),
  EXTENSION_REASON_REQUIRED: words(
    () => 'Hãy nêu lý do gia hạn cho đơn vị',
    () => 'say why the unit is given more time',
  ),
  PERIOD_REOPEN_REASON_REQUIRED: words(
    () => 'Hãy nêu lý do mở lại kỳ đánh giá',
    () => 'say why the period is reopened',
  ),
  // Public results (apps/api/src/public/)
  PERIOD_NOT_PUBLISHED_FOR_PUBLIC: words<{ code: string }>(
    ({ code }) => `Kỳ ${code} chưa công bố kết quả nên chưa thể công khai`,
    ({ code }) => `period ${code} has no published results yet, so it cannot be made public`,
  ),
  CODE_IN_SEVERAL_PROVINCES: words<{ code: string }>(
    ({ code }) => `Mã "${code}" được dùng ở nhiều tỉnh: hãy chọn tỉnh (mã tỉnh, ví dụ 22, hoặc toan-quoc)`,
    ({ code }) =>
      `the code "${code}" is used in several provinces: name the province (its code, e.g. 22, or toan-quoc)`,
  ),
  PUBLIC_PERIOD_NOT_FOUND: words<{ code: string }>(
    ({ code }) => `Không có kỳ đánh giá công khai mã "${code}"`,
    ({ code }) => `no public period has the code "${code}"`,
  ),
  PUBLIC_UNIT_NOT_FOUND: words<{ code: string }>(
    ({ code }) => `Kỳ này không có kết quả công khai của đơn vị mã "${code}"`,
    ({ code }) => `this period has no public result for the unit with the code "${code}"`,
  ),
  // Assessments
  ASSESSMENT_REOPEN_REASON_REQUIRED: words(
    () => 'Hãy nêu lý do mở lại phiếu đánh giá',
    () => 'say why the assessment is reopened',
  ),
  ASSESSMENT_RETURN_REASON_REQUIRED: words(
    () => 'Hãy nêu lý do trả lại phiếu đánh giá',
    () => 'say why the assessment is returned',
  ),
  ENTRIES_REQUIRED: words(
    () => 'Chưa có số liệu nào để lưu',
    () => 'give at least one entry',
  ),
  ADJUSTMENTS_REQUIRED: words(
    () => 'Chưa có điều chỉnh nào',
    () => 'give at least one adjustment',
  ),
  SELECTION_REQUIRED: words(
    () => 'Hãy chọn ít nhất một mục',
    () => 'choose at least one',
  ),
  NODE_NOT_SCORED: words<{ code: string }>(
    ({ code }) => `${code} không phải tiêu chí hay chỉ tiêu được chấm điểm của bộ tiêu chí này`,
    ({ code }) => `${code} is not a scored criterion or indicator of this criteria version`,
  ),
  NODE_GIVEN_TWICE: words<{ code: string }>(
    ({ code }) => `${code} được nhập hai lần`,
    ({ code }) => `${code} is given twice`,
  ),
  REVIEW_POINTS_NEGATIVE: words(
    () => 'Điểm không được âm',
    () => 'points cannot be negative',
  ),
  REVIEW_POINTS_OUT_OF_RANGE: words<{ code: string; max: number; points: number }>(
    ({ code, max, points }) => `${code}: điểm phải từ 0 đến ${viNumber(max)} (đã nhập ${viNumber(points)})`,
    ({ code, max, points }) => `${code}: points must be between 0 and ${max} (got ${points})`,
  ),
  REVIEW_COMMENT_REQUIRED: words(
    () => 'Mỗi điều chỉnh điểm cần có nhận xét',
    () => 'a comment is required for every adjustment',
  ),
  VALUE_MISSING_FOR_SUBMIT: words<{ code: string }>(
    ({ code }) => `${code}: hãy nhập số liệu trước khi nộp`,
    ({ code }) => `${code}: enter a value before submitting`,
  ),
  EVIDENCE_MISSING_FOR_SUBMIT: words<{ code: string }>(
    ({ code }) => `${code}: hãy đính kèm minh chứng hoặc giải trình vì sao không có`,
    ({ code }) => `${code}: attach evidence or explain in writing why there is none`,
  ),
  // Evidence
  ID_OF_WRONG_TYPE: words<{ path: string; typename: string }>(
    ({ path, typename }) => `${path} phải là mã định danh của ${typename}`,
    ({ path, typename }) => `${path} must be the ID of a ${typename}`,
  ),
  ID_NOT_OF_TYPE: words<{ typename: string }>(
    ({ typename }) => `Phải là mã định danh của ${typename}`,
    ({ typename }) => `must be the ID of a ${typename}`,
  ),
  EVIDENCE_NODE_REQUIRED: words(
    () => 'Hãy chọn tiêu chí mà minh chứng dùng cho',
    () => 'name the criterion the evidence is for',
  ),
  EVIDENCE_TITLE_REQUIRED: words(
    () => 'Chưa nhập tên minh chứng',
    () => 'a title is required',
  ),
  WEB_ADDRESS_FORMAT: words(
    () => 'Địa chỉ web bắt đầu bằng http:// hoặc https://, ví dụ https://example.gov.vn/van-ban/12',
    () => 'an http:// or https:// address, such as https://example.gov.vn/van-ban/12',
  ),
  FILE_NAME_MISSING: words(
    () => 'Tệp không có tên',
    () => 'the file has no name',
  ),
  EVIDENCE_NODE_UNKNOWN: words<{ code: string }>(
    ({ code }) => `Bộ tiêu chí của phiếu này không có tiêu chí ${code}`,
    ({ code }) => `no criterion ${code} in this assessment's criteria version`,
  ),
  FILE_PART_NAME: words(
    () => 'Hãy gửi tệp trong phần có tên "file"',
    () => 'send the file in a part named "file"',
  ),
  FILE_MISSING: words(
    () => 'Chưa có tệp nào được gửi',
    () => 'no file was sent',
  ),
  MULTIPART_EXPECTED: words(
    () => 'Yêu cầu phải ở dạng multipart/form-data',
    () => 'expected multipart/form-data',
  ),
  FIELDS_BEFORE_FILE: words(
    () => 'Hãy gửi các trường thông tin trước tệp',
    () => 'send the fields before the file',
  ),
  UPLOAD_MALFORMED: words<{ detail: string }>(
    () => 'Yêu cầu tải lên sai cấu trúc; hãy gửi các trường thông tin rồi đúng một tệp',
    ({ detail }) => detail,
  ),
  FILE_TOO_LARGE: words<{ size: string }>(
    ({ size }) => `Tệp lớn hơn ${size}`,
    ({ size }) => `larger than ${size}`,
  ),
  FILE_TYPE_NOT_ACCEPTED: words<{ accepted: string }>(
    ({ accepted }) => `Loại tệp không được nhận (chỉ nhận: ${accepted})`,
    ({ accepted }) => `type not accepted (accepted: ${accepted})`,
  ),
  FILE_CONTENT_MISMATCH: words<{ type: string }>(
    ({ type }) => `Nội dung tệp không phải ${type}`,
    ({ type }) => `content is not ${type}`,
  ),
  FILE_EMPTY: words(
    () => 'Tệp trống',
    () => 'empty',
  ),
  // Units, groups and accounts
  UNIT_GROUP_CODE_FORMAT: words(
    () => 'Mã nhóm gồm chữ, số, "-" hoặc "_", tối đa 20 ký tự',
    () => 'code: letters, digits, - or _, at most 20',
  ),
  UNIT_GROUP_CODE_TAKEN: words<{ code: string }>(
    ({ code }) => `Mã "${code}" đã được dùng cho nhóm khác`,
    ({ code }) => `the code "${code}" is already used by another group`,
  ),
  UNIT_CODE_FORMAT: words(
    () => 'Mã đơn vị gồm 2 đến 20 chữ, số hoặc "-"',
    () => 'code: 2 to 20 letters, digits or -',
  ),
  PROVINCE_CODE_FORMAT: words(
    () => 'Mã tỉnh gồm hai chữ số',
    () => 'provinceCode: two digits',
  ),
  UNIT_FILE_INVALID: words<{ detail: string }>(
    () => 'Tệp không phải danh mục đơn vị hành chính hay tệp sắp xếp đơn vị năm 2025 hợp lệ',
    ({ detail }) => detail,
  ),
  UNKNOWN_PROVINCE: words<{ code: string }>(
    ({ code }) => `Tệp không có tỉnh mã ${code}`,
    ({ code }) => `the file has no province ${code}`,
  ),
  ONE_SOURCE: words(
    () => 'Chọn một danh mục có sẵn hoặc tải lên một tệp, chỉ một trong hai',
    () => 'choose a bundled catalogue or upload a file, one of the two',
  ),
  UNIT_ALREADY_NAMED: words<{ name: string }>(
    ({ name }) => `Đơn vị đã có tên "${name}"`,
    ({ name }) => `the unit is already called "${name}"`,
  ),
  BEFORE_UNIT_BEGAN: words<{ name: string; from: string }>(
    ({ name, from }) => `${name} chỉ tồn tại từ ngày ${viDate(from)}`,
    ({ name, from }) => `${name} exists only from ${from}`,
  ),
  UNIT_ENDED: words<{ name: string; on: string }>(
    ({ name, on }) => `${name} đã chấm dứt từ ngày ${viDate(on)}`,
    ({ name, on }) => `${name} ended on ${on}`,
  ),
  CODE_TAKEN: words<{ code: string; holder: string }>(
    ({ code, holder }) => `Mã ${code} đang là của ${holder}`,
    ({ code, holder }) => `the code ${code} belongs to ${holder}`,
  ),
  CODE_REPEATED: words<{ code: string }>(
    ({ code }) => `Mã ${code} bị nhập hai lần`,
    ({ code }) => `the code ${code} is given twice`,
  ),
  TOO_FEW: words(
    () => 'Cần ít nhất hai đơn vị để sáp nhập',
    () => 'a merge needs two units or more',
  ),
  KINDS_DIFFER: words(
    () => 'Các đơn vị không cùng cấp',
    () => 'the units are of different levels',
  ),
  PARENT_NEEDED: words(
    () => 'Các đơn vị thuộc các đơn vị cấp trên khác nhau: hãy chọn đơn vị cấp trên cho đơn vị mới',
    () => 'the units sit under different parents: choose where the new unit sits',
  ),
  UNITS_REQUIRED: words(
    () => 'Cán bộ đơn vị phải được gắn với ít nhất một đơn vị.',
    () => 'A unit officer must be bound to at least one unit.',
  ),
  UNIT_NOT_FOUND: words<{ code?: string } | undefined>(
    (params) =>
      params?.code === undefined
        ? 'Có đơn vị không tồn tại hoặc đã giải thể.'
        : `Không có đơn vị đang hoạt động mã ${params.code}.`,
    (params) =>
      params?.code === undefined
        ? 'A unit does not exist or has ended.'
        : `No current unit has the code ${params.code}.`,
  ),
  UNIT_CODE_MISSING: words(
    () => 'Thiếu mã đơn vị.',
    () => 'The unit code is missing.',
  ),
  INVALID_EMAIL: words<{ email: string }>(
    ({ email }) => `"${email}" không phải địa chỉ email đúng dạng.`,
    ({ email }) => `"${email}" is not a valid email.`,
  ),
  EMAIL_TAKEN: words<{ email: string }>(
    ({ email }) => `Đã có tài khoản với email ${email}.`,
    ({ email }) => `An account with the email ${email} exists.`,
  ),
  NAME_TOO_LONG: words(
    () => 'Họ tên quá dài.',
    () => 'The name is too long.',
  ),
  PASSWORD_TOO_SHORT: words<{ min: number }>(
    ({ min }) => `Mật khẩu phải có ít nhất ${min} ký tự.`,
    ({ min }) => `The password must have at least ${min} characters.`,
  ),
  PASSWORD_TOO_LONG: words<{ max: number }>(
    ({ max }) => `Mật khẩu dài tối đa ${max} ký tự.`,
    ({ max }) => `The password may have at most ${max} characters.`,
  ),
  PASSWORD_TOO_COMMON: words(
    () => 'Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác.',
    () => 'This password is too common and easy to guess; choose another one.',
  ),
  PASSWORD_CONTAINS_EMAIL: words(
    () => 'Mật khẩu không được chứa địa chỉ email của tài khoản.',
    () => "The password must not contain the account's email address.",
  ),
  WRONG_PASSWORD: words(
    () => 'Mật khẩu hiện tại không đúng.',
    () => 'The current password is wrong.',
  ),
  PASSWORD_UNCHANGED: words(
    () => 'Mật khẩu mới phải khác mật khẩu hiện tại.',
    () => 'The new password must differ from the current one.',
  ),
  // Criteria drafts and the code mapping
  DRAFT_SET_CHANGED: words<{ current: string; next: string }>(
    ({ current, next }) => `Bản nháp này thuộc bộ "${current}", không thể đổi thành "${next}"`,
    ({ current, next }) => `code: this draft belongs to set "${current}", not "${next}"`,
  ),
  DRAFT_VERSION_CHANGED: words<{ current: string }>(
    ({ current }) => `Bản nháp này là phiên bản "${current}"; muốn có phiên bản khác, hãy tạo bản nháp mới`,
    ({ current }) =>
      `version: this draft is version "${current}"; to make another version, create a new draft`,
  ),
  PATCH_EMPTY: words(
    () => 'Hãy nêu ít nhất một trường cần sửa',
    () => 'name at least one field to change',
  ),
  YAML_SYNTAX: words<{ line: number; column: number; reason: string; detail: string }>(
    ({ line, column, reason }) =>
      `Dòng ${viNumber(line)}, cột ${viNumber(column)}: lỗi cú pháp YAML — ${YAML_REASONS_VI[reason] ?? 'cấu trúc không đọc được'}`,
    ({ line, column, detail }) => `line ${line}, column ${column}: ${detail}`,
  ),
  INDICATOR_HAS_NO_CHILDREN: words(
    () => 'Chỉ tiêu không có mục con',
    () => 'an indicator (chỉ tiêu) has no children',
  ),
  POSITION_OUT_OF_RANGE: words<{ length: number }>(
    ({ length }) => `Vị trí phải từ 0 đến ${viNumber(length)}`,
    ({ length }) => `position must be between 0 and ${length}`,
  ),
  NODE_FIELD_NOT_HERE: words<{ field: string; kind: NodeKindName }>(
    ({ field, kind }) => `${field}: chỉ tiêu chí và chỉ tiêu mới có, ${VI_KIND[kind]} thì không`,
    ({ field, kind }) => `${field}: only criteria and indicators have one, not ${EN_KIND[kind]}`,
  ),
  NODE_NUMBER_NOT_HERE: words<{ kind: NodeKindName }>(
    ({ kind }) => `Chỉ tiêu chí mới được đánh số, ${VI_KIND[kind]} thì không`,
    ({ kind }) => `number: only criteria are numbered, not ${EN_KIND[kind]}`,
  ),
  NODE_LEVELS_NOT_HERE: words<{ kind: NodeKindName }>(
    ({ kind }) => `Chỉ hạng mục mới có quy tắc xếp mức, ${VI_KIND[kind]} thì không`,
    ({ kind }) => `levels: only categories have level rules, not ${EN_KIND[kind]}`,
  ),
  NODE_NOT_AN_OBJECT: words(
    () => 'Mục phải là một đối tượng có mã',
    () => 'node must be an object with a code',
  ),
  NODE_MISPLACED: words<{ kind: NodeKindName; target: NodeKindName; under: string }>(
    ({ kind, target, under }) =>
      `Không thể đặt ${VI_KIND[kind]} vào chỗ của ${VI_KIND[target]} (dưới ${under})`,
    ({ kind, target, under }) =>
      `${EN_KIND[kind]} cannot go where ${EN_KIND[target]} belongs (under ${under})`,
  ),
  MAPPING_KIND_DIFFERS: words<{ code: string }>(
    ({ code }) => `${code} được đối chiếu với một mục khác loại (tiêu chí phải ứng với tiêu chí)`,
    ({ code }) => `${code} maps to a node of another kind (a criterion to a criterion)`,
  ),
  MAPPING_UNKNOWN_FROM: words<{ code: string }>(
    ({ code }) => `${code} không có trong phiên bản cũ`,
    ({ code }) => `${code} is not a node of the older version`,
  ),
  MAPPING_UNKNOWN_TO: words<{ code: string }>(
    ({ code }) => `${code} không có trong bản nháp này`,
    ({ code }) => `${code} is not a node of this draft`,
  ),
  MAPPING_DUPLICATE: words<{ code: string }>(
    ({ code }) => `${code} được đối chiếu nhiều lần`,
    ({ code }) => `${code} is mapped more than once`,
  ),
  YAML_EXPANDS_TOO_FAR: words<{ max: number }>(
    ({ max }) => `Tệp YAML mở rộng quá ${viNumber(max)} giá trị (do dùng bí danh & và *)`,
    ({ max }) => `the YAML expands to more than ${max} values (through & and * aliases)`,
  ),
  // Requests
  REQUEST_MALFORMED: words<{ detail: string }>(
    () => 'Yêu cầu không đúng định dạng (nội dung hoặc tệp gửi lên không đọc được)',
    ({ detail }) => detail,
  ),
  NUL_CHARACTER: words(
    () => 'Có ký tự NUL (mã 0), không được phép',
    () => 'NUL character',
  ),
  ARGUMENT_INVALID: words<{ detail: string }>(
    () => 'Tham số của truy vấn không hợp lệ (mã trang, định danh hoặc số lượng bản ghi)',
    ({ detail }) => detail,
  ),
  WORKBOOK_MISSING: words(
    () => 'Hãy gửi tệp .xlsx làm nội dung yêu cầu',
    () => 'send the .xlsx file as the request body',
  ),
  // Operations: readiness and background jobs
  MIGRATIONS_MISSING: words<{ count: number }>(
    ({ count }) =>
      `Cơ sở dữ liệu còn thiếu ${count} bản cập nhật cấu trúc (migration); hãy chạy pnpm db:migrate deploy`,
    ({ count }) => `the database lacks ${count} migration(s) this server knows; run pnpm db:migrate deploy`,
  ),
  JOB_FAILED: words<{ attempts: number }>(
    ({ attempts }) =>
      `Tác vụ chạy nền thất bại sau ${attempts} lần thử; hãy thử lại sau hoặc báo quản trị hệ thống`,
    ({ attempts }) =>
      `the background job failed after ${attempts} attempt(s); try again later or tell the operator`,
  ),
  JOB_RUNNING: words<{ jobId: string }>(
    ({ jobId }) => `Tác vụ vẫn đang chạy nền; theo dõi tiến độ bằng mã tác vụ ${jobId}`,
    ({ jobId }) => `the job is still running in the background; follow it with job(id: "${jobId}")`,
  ),
  // Comparisons and dashboards
  MEASURE_REPEATED: words(
    () => 'Mỗi thước đo chỉ chọn một lần',
    () => 'each measure once',
  ),
  DELTA_NEEDS_TWO_PERIODS: words(
    () => 'So sánh mức thay đổi cần đúng hai kỳ',
    () => 'DELTA needs two periods',
  ),
  LINEAGE_NEEDS_TWO_PERIODS: words(
    () => 'Quy tắc nối đơn vị qua sắp xếp cần đúng hai kỳ',
    () => 'a lineage rule needs two periods',
  ),
  NO_SUCH_UNIT_GROUP: words(
    () => 'Không có nhóm đơn vị này',
    () => 'no such unit group',
  ),
  NO_SUCH_PERIOD: words(
    () => 'Không có kỳ đánh giá này',
    () => 'no such period',
  ),
  BANDS_INVALID: words<{ detail: string }>(
    () =>
      'Các khoảng phân loại chưa đúng: mỗi mã chỉ một lần, ngưỡng dưới từ 0 đến 1 với nhiều nhất 4 chữ số thập phân',
    ({ detail }) => detail,
  ),
  SENSITIVITY_PERCENT_RANGE: words(
    () => 'Một số nguyên phần trăm từ 1 đến 50',
    () => 'a whole percentage from 1 to 50',
  ),
  CATEGORY_NEEDED_FOR_RANKING: words(
    () => 'Xếp hạng theo hạng mục cần mã hạng mục',
    () => 'ranking by category needs the category code',
  ),
  CATEGORY_NEEDED_FOR_LEVEL: words(
    () => 'Lọc theo mức cần mã hạng mục',
    () => 'a level filter needs the category code',
  ),
  NOT_GRAPHQL: words<{ detail: string }>(
    () =>
      'Không phải truy vấn GraphQL hợp lệ với lược đồ của API; hãy thử truy vấn trong GraphiQL trước khi đăng ký',
    ({ detail }) => `not GraphQL: ${detail}`,
  ),
  OPERATION_NOT_ONE_QUERY: words(
    () => 'Một truy vấn lưu sẵn chỉ chứa đúng một query (bảng điều khiển chỉ đọc dữ liệu)',
    () => 'a persisted operation holds exactly one query (dashboards only read)',
  ),
  OPERATION_NAME_TAKEN: words<{ name: string }>(
    ({ name }) => `Tên "${name}" đã được đăng ký; hãy gỡ nó trước hoặc chọn tên khác`,
    ({ name }) => `the name "${name}" is already registered; remove it first or pick another`,
  ),
  OPERATION_DOCUMENT_TAKEN: words<{ name: string }>(
    ({ name }) => `Truy vấn này đã được đăng ký với tên "${name}"`,
    ({ name }) => `this document is already registered as "${name}"`,
  ),
};

/** The yaml library's error codes in Vietnamese (its own messages are English only). */
const YAML_REASONS_VI: Readonly<Record<string, string>> = {
  ALIAS_PROPS: 'bí danh (*) không được có thẻ hay neo',
  BAD_ALIAS: 'bí danh (*) không hợp lệ',
  BAD_DIRECTIVE: 'chỉ thị % không hợp lệ',
  BAD_DQ_ESCAPE: 'chuỗi trong ngoặc kép có ký tự thoát (\\) không hợp lệ',
  BAD_INDENT: 'thụt lề không đúng',
  BAD_PROP_ORDER: 'thẻ và neo đặt sai thứ tự',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự không được phép; hãy đặt nó trong ngoặc kép',
  BLOCK_AS_IMPLICIT_KEY: 'một khối không được dùng làm khoá',
  BLOCK_IN_FLOW: 'một khối không được nằm trong [ ] hoặc { }',
  DUPLICATE_KEY: 'khoá bị lặp lại',
  KEY_OVER_1024_CHARS: 'khoá dài quá 1.024 ký tự',
  MISSING_CHAR: 'thiếu ký tự đóng (ngoặc hoặc dấu nháy)',
  MULTILINE_IMPLICIT_KEY: 'khoá không được viết trên nhiều dòng',
  MULTIPLE_ANCHORS: 'một giá trị có nhiều neo (&)',
  MULTIPLE_DOCS: 'tệp chứa nhiều tài liệu (---), chỉ được có một',
  MULTIPLE_TAGS: 'một giá trị có nhiều thẻ (!)',
  NON_STRING_KEY: 'khoá phải là chuỗi ký tự',
  RESOURCE_EXHAUSTION: 'tệp mở rộng quá lớn',
  TAB_AS_INDENT: 'thụt lề bằng phím Tab; hãy dùng dấu cách',
  TAG_RESOLVE_FAILED: 'thẻ (!) không đọc được',
  UNEXPECTED_TOKEN: 'ký hiệu không đúng chỗ',
  BAD_COLLECTION_TYPE: 'kiểu danh sách không hợp lệ',
};
