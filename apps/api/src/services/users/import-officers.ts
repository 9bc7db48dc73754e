import { hashPassword, temporaryPassword, userSearchName } from '@chiso/db';
import { type Problem, problem } from '@chiso/scoring';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import { provinceOf, unitsInScope } from '../../auth/provinces.ts';
import type { Context } from '../../context.ts';
import { AppError, type FieldIssue, validationFailed } from '../../errors.ts';
import { readTable, type TableRow, UnreadableTableError } from '../../workbook/read-table.ts';
import { auditView } from './common.ts';

/** A province has ~225 units; a sheet of a few thousand rows is still one transaction. */
const MAX_ROWS = 2_000;

/** importUnitOfficers' input (checked on the GraphQL input type). */
export const ImportUnitOfficersInput = z.object({
  /** The .xlsx or .csv file, base64-encoded. */
  content: z.base64().min(1),
  /** Check and show what would be created, create nothing. */
  dryRun: z.boolean().nullish(),
});

export interface OfficerAccount {
  /** The sheet rows this account comes from (one row per unit; the same email on several rows = one person, several units). */
  rows: number[];
  email: string;
  name: string;
  unitIds: string[];
  unitNames: string[];
  temporaryPassword: string | null;
  userId: string | null;
}

const EMAIL = z.email();

/**
 * Unit officers' accounts from a sheet of `unit code, name, email` rows (a header row is allowed):
 * every row is checked first, and any problem — unknown or ended unit, bad or taken email — is
 * reported per row with nothing created. Otherwise every account is created in one transaction,
 * each with a temporary password returned this once.
 */
export async function importUnitOfficers(context: Context, data: z.output<typeof ImportUnitOfficersInput>) {
  const rows = await readRows(Buffer.from(data.content, 'base64'));
  const { accounts, issues } = await checkRows(context, rows);
  if (issues.length > 0) {
    throw validationFailed(issues, {
      vi: `Tệp có ${issues.length} lỗi; chưa tạo tài khoản nào. Hãy sửa các dòng được nêu rồi tải lên lại.`,
      en: `The file has ${issues.length} problems; no account was created. Fix the rows listed and upload it again.`,
    });
  }
  if (data.dryRun === true) return { dryRun: true, accounts };
  const passwords = accounts.map(() => temporaryPassword());
  const hashes = await Promise.all(passwords.map((password) => hashPassword(password)));
  return context.db.$transaction(
    async (tx) => {
      const created: OfficerAccount[] = [];
      for (const [index, account] of accounts.entries()) {
        const user = await tx.user.create({
          data: {
            email: account.email,
            name: account.name,
            searchName: userSearchName(account),
            role: 'UNIT_OFFICER',
            passwordHash: hashes[index] as string,
            mustChangePassword: true,
            provinceId: provinceOf(context.viewer),
            units: { create: account.unitIds.map((unitId) => ({ unitId })) },
          },
          include: { units: { select: { unitId: true } } },
        });
        await audit(tx, context, {
          action: 'user.create',
          entityType: 'User',
          entityId: user.id,
          after: { ...auditView(user), importedFromRows: account.rows },
        });
        created.push({ ...account, userId: user.id, temporaryPassword: passwords[index] as string });
      }
      return { dryRun: false, accounts: created };
    },
    { timeout: 120_000 },
  );
}

async function readRows(content: Buffer): Promise<TableRow[]> {
  let rows: TableRow[];
  try {
    rows = await readTable(content);
  } catch (error) {
    if (error instanceof UnreadableTableError) throw new AppError('VALIDATION_FAILED', error.messages);
    throw error;
  }
  // A header row: its third column is not an email ("Email", "Thư điện tử").
  if (rows[0] && !rows[0].cells[2]?.includes('@')) rows = rows.slice(1);
  if (rows.length === 0 || rows.length > MAX_ROWS) {
    throw new AppError('VALIDATION_FAILED', {
      vi: `Tệp phải có từ 1 đến ${MAX_ROWS.toLocaleString('vi-VN')} dòng: mã đơn vị, họ tên, email.`,
      en: `The file must have 1 to ${MAX_ROWS.toLocaleString('en')} rows: unit code, name, email.`,
    });
  }
  return rows;
}

/** "06658" and a spreadsheet's number 6658 are the same code. */
const codeKey = (code: string) => (/^\d+$/.test(code) ? code.replace(/^0+(?=\d)/, '') : code.toLowerCase());

/** A problem of one row of the sheet, its number leading the message so it can be found. */
function issue(row: number, field: string, found: Problem): FieldIssue {
  const { vi, en } = found.messages;
  return {
    path: `rows.${row}.${field}`,
    code: found.code,
    messages: { vi: `Dòng ${row}: ${vi}`, en: `Row ${row}: ${en}` },
  };
}

async function checkRows(context: Context, rows: TableRow[]) {
  const units = await context.db.unit.findMany({
    // A province's admin binds its own units only: another province's codes are unknown here.
    where: { endedOn: null, ...unitsInScope(context.viewer) },
    select: { id: true, code: true, name: true },
  });
  const unitByCode = new Map(units.map((unit) => [codeKey(unit.code), unit]));
  const emails = [...new Set(rows.map((row) => (row.cells[2] ?? '').trim().toLowerCase()).filter(Boolean))];
  const taken = new Set(
    (await context.db.user.findMany({ where: { email: { in: emails } }, select: { email: true } })).map(
      (user) => user.email,
    ),
  );
  const issues: FieldIssue[] = [];
  const byEmail = new Map<string, OfficerAccount>();
  for (const { number, cells } of rows) {
    const [code = '', name = '', rawEmail = ''] = cells;
    const email = rawEmail.trim().toLowerCase();
    const unit = code ? unitByCode.get(codeKey(code)) : undefined;
    if (!code) issues.push(issue(number, 'unitCode', problem('UNIT_CODE_MISSING')));
    else if (!unit) issues.push(issue(number, 'unitCode', problem('UNIT_NOT_FOUND', { code })));
    if (!EMAIL.safeParse(email).success)
      issues.push(issue(number, 'email', problem('INVALID_EMAIL', { email: rawEmail })));
    else if (taken.has(email)) issues.push(issue(number, 'email', problem('EMAIL_TAKEN', { email })));
    if (name.length > 200) issues.push(issue(number, 'name', problem('NAME_TOO_LONG')));
    if (!unit || issues.some((problem) => problem.path.startsWith(`rows.${number}.`))) continue;
    const account = byEmail.get(email);
    if (account) {
      account.rows.push(number);
      if (!account.unitIds.includes(unit.id)) {
        account.unitIds.push(unit.id);
        account.unitNames.push(unit.name);
      }
    } else {
      byEmail.set(email, {
        rows: [number],
        email,
        // Without a name, the account is named after its unit until the person edits it.
        name: name || `Cán bộ ${unit.name}`,
        unitIds: [unit.id],
        unitNames: [unit.name],
        temporaryPassword: null,
        userId: null,
      });
    }
  }
  return { accounts: [...byEmail.values()], issues };
}
