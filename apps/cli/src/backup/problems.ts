/**
 * What can stop a backup or a restore, each with a stable code and its message in both languages
 * (the operator reads Vietnamese by default, `--lang en` for English).
 */
import type { Locale } from '@chiso/scoring';

type Messages = Record<Locale, string>;

export class BackupProblem extends Error {
  constructor(
    readonly code: string,
    readonly messages: Messages,
  ) {
    super(messages.en);
  }
}

export const backupExists = (file: string) =>
  new BackupProblem('BACKUP_FILE_EXISTS', {
    vi: `Tệp ${file} đã có: chọn tên khác, hoặc thêm --force để ghi đè.`,
    en: `${file} already exists: choose another name, or add --force to overwrite it.`,
  });

export const backupMissing = (file: string) =>
  new BackupProblem('BACKUP_FILE_MISSING', {
    vi: `Không đọc được tệp sao lưu ${file}.`,
    en: `Cannot read the backup file ${file}.`,
  });

export const backupOfOtherKind = (file: string, made: 'pglite' | 'postgres') =>
  new BackupProblem('BACKUP_WRONG_KIND', {
    vi:
      made === 'pglite'
        ? `${file} là bản sao lưu của cơ sở dữ liệu nhúng (PGlite), không khôi phục được vào PostgreSQL (DATABASE_URL).`
        : `${file} là bản sao lưu của PostgreSQL (pg_dump), không khôi phục được vào cơ sở dữ liệu nhúng: đặt DATABASE_URL.`,
    en:
      made === 'pglite'
        ? `${file} is a backup of the embedded database (PGlite): it cannot be restored into PostgreSQL (DATABASE_URL).`
        : `${file} is a PostgreSQL backup (pg_dump): it cannot be restored into the embedded database; set DATABASE_URL.`,
  });

export const notABackup = (file: string) =>
  new BackupProblem('BACKUP_UNKNOWN_FORMAT', {
    vi: `${file} không phải bản sao lưu do \`chiso backup\` tạo ra.`,
    en: `${file} is not a backup made by \`chiso backup\`.`,
  });

export const databaseNotEmpty = ({ users, units }: { users: number; units: number }) =>
  new BackupProblem('DATABASE_NOT_EMPTY', {
    vi: `Cơ sở dữ liệu đích đang có dữ liệu (${users} tài khoản, ${units} đơn vị). Khôi phục sẽ thay thế toàn bộ: thêm --force nếu đúng là muốn vậy.`,
    en: `The target database holds data (${users} accounts, ${units} units). A restore replaces all of it: add --force if that is what you want.`,
  });

export const databaseInUse = (dataDir: string) =>
  new BackupProblem('DATABASE_IN_USE', {
    vi: `Cơ sở dữ liệu nhúng ${dataDir} đang mở (có tệp postmaster.pid): dừng máy chủ chiso trước. Nếu không có máy chủ nào chạy, lần trước nó đã không đóng đúng cách: khởi động rồi dừng máy chủ một lần, hoặc xoá tệp postmaster.pid.`,
    en: `The embedded database ${dataDir} is open (it has a postmaster.pid file): stop the chiso server first. If no server runs, it was not closed cleanly: start and stop the server once, or delete postmaster.pid.`,
  });

export const toolMissing = (tool: string) =>
  new BackupProblem('PG_TOOL_MISSING', {
    vi: `Không tìm thấy ${tool}: cài gói postgresql-client cùng phiên bản với máy chủ PostgreSQL, hoặc đặt CHISO_PG_BIN là thư mục chứa nó.`,
    en: `${tool} was not found: install postgresql-client of the PostgreSQL server's version, or set CHISO_PG_BIN to the folder that holds it.`,
  });

export const toolFailed = (tool: string, status: string, detail: string) =>
  new BackupProblem('PG_TOOL_FAILED', {
    vi: `${tool} dừng với lỗi (${status}); cơ sở dữ liệu không bị thay đổi dở dang.\n${detail}`,
    en: `${tool} failed (${status}); nothing was left half-done.\n${detail}`,
  });
