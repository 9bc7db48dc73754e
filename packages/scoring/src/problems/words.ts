import { formatDate, formatNumber } from '../format.ts';

/** vi-VN numbers ("1.234,5") and dd/mm/yyyy dates for the Vietnamese wording of problems. */
export const viNumber = (value: number) => formatNumber(value, 'vi');
export const enNumber = (value: number) => formatNumber(value, 'en');
export const viDate = (isoDate: string) => formatDate(isoDate, 'vi');

/** A list as a sentence names it: `a, b, c`. */
export const listOf = (items: readonly (string | number)[]) => items.map(String).join(', ');

/** What zod calls a type, as a Vietnamese clerk would read it. */
const VI_TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  bigint: 'số nguyên',
  boolean: 'giá trị có/không',
  date: 'ngày',
  array: 'danh sách',
  tuple: 'danh sách',
  set: 'tập hợp',
  object: 'đối tượng',
  record: 'bảng khóa–giá trị',
  map: 'bảng khóa–giá trị',
  file: 'tệp',
  null: 'giá trị rỗng',
  undefined: 'bỏ trống',
  nonoptional: 'giá trị bắt buộc',
};
export const viTypeName = (type: string) => VI_TYPE_NAMES[type] ?? `kiểu ${type}`;
const EN_TYPE_NAMES: Record<string, string> = { int: 'whole number', nonoptional: 'a value' };
export const enTypeName = (type: string) => EN_TYPE_NAMES[type] ?? type;

/** String formats zod checks, named in Vietnamese. */
const VI_FORMAT_NAMES: Record<string, string> = {
  email: 'địa chỉ email',
  url: 'địa chỉ web (URL)',
  date: 'ngày dạng YYYY-MM-DD',
  datetime: 'thời điểm dạng ISO 8601',
  time: 'giờ dạng HH:MM',
  uuid: 'mã UUID',
  base64: 'dữ liệu base64',
  regex: 'đúng mẫu quy định',
};
export const viFormatName = (format: string) => VI_FORMAT_NAMES[format] ?? `định dạng ${format}`;
const EN_FORMAT_NAMES: Record<string, string> = {
  date: 'a day such as 2022-11-16',
  datetime: 'an ISO 8601 date-time',
  regex: 'the required pattern',
};
export const enFormatName = (format: string) => EN_FORMAT_NAMES[format] ?? format;
