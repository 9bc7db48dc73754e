import type { Db } from '../client.ts';
import { hashPassword, passwordProblems, temporaryPassword } from '../password.ts';
import { userSearchName } from './search.ts';

/** Why `createAdmin` refused, in both languages (the CLI prints the one asked for). */
export class CreateAdminError extends Error {
  constructor(
    readonly code: 'EMAIL_TAKEN' | 'INVALID_EMAIL' | 'WEAK_PASSWORD' | 'UNKNOWN_PROVINCE',
    readonly messages: { vi: string; en: string },
  ) {
    super(messages.en);
    this.name = 'CreateAdminError';
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface CreatedAdmin {
  user: { id: string; email: string; name: string };
  /** The password to give the admin: the one typed, or a generated one they must change at first sign-in. */
  password: string;
  generated: boolean;
}

/**
 * The first (or another) administrator of a production database, from the command line: the
 * only way in before anyone can use the console. A generated password must be changed at the
 * first sign-in; a typed one must meet the password policy.
 */
export async function createAdmin(
  db: Db,
  input: {
    email: string;
    name?: string;
    password?: string;
    /** The GSO code of the province the admin manages (only it); absent: a national admin. */
    provinceCode?: string;
  },
): Promise<CreatedAdmin> {
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email)) {
    throw new CreateAdminError('INVALID_EMAIL', {
      vi: `"${input.email}" không phải là địa chỉ email hợp lệ.`,
      en: `"${input.email}" is not a valid email address.`,
    });
  }
  const generated = input.password === undefined;
  const password = input.password ?? temporaryPassword();
  const problems = passwordProblems(password, { email });
  if (problems.length > 0) {
    throw new CreateAdminError('WEAK_PASSWORD', {
      vi: problems.map((problem) => problem.messages.vi).join(' '),
      en: problems.map((problem) => problem.messages.en).join(' '),
    });
  }
  const name = input.name?.trim() || email;
  const passwordHash = await hashPassword(password);
  const user = await db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email } })) {
      throw new CreateAdminError('EMAIL_TAKEN', {
        vi: `Đã có tài khoản với email ${email}.`,
        en: `There is already an account with the email ${email}.`,
      });
    }
    const provinceId = input.provinceCode === undefined ? null : await provinceNamed(tx, input.provinceCode);
    const created = await tx.user.create({
      data: {
        provinceId,
        email,
        name,
        searchName: userSearchName({ name, email }),
        role: 'ADMIN',
        passwordHash,
        mustChangePassword: generated,
      },
      select: { id: true, email: true, name: true },
    });
    await tx.auditLog.create({
      data: {
        actorKind: 'system',
        action: 'user.createAdmin',
        entityType: 'User',
        entityId: created.id,
        after: { email, name, role: 'ADMIN', mustChangePassword: generated, provinceId },
        provinceId,
      },
    });
    return created;
  });
  return { user, password, generated };
}

/** The province existing today with this GSO code (a province's root unit). */
async function provinceNamed(tx: Pick<Db, 'unit'>, code: string): Promise<string> {
  const province = await tx.unit.findFirst({
    where: { code, kind: 'PROVINCE', parentId: null, endedOn: null },
    select: { id: true },
  });
  if (province) return province.id;
  throw new CreateAdminError('UNKNOWN_PROVINCE', {
    vi: `Không có tỉnh nào mang mã ${code}.`,
    en: `There is no province with the code ${code}.`,
  });
}
