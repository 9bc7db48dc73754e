import type { Tx } from '@chiso/db';
import { hashPassword, temporaryPassword, userSearchName } from '@chiso/db';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import { provinceOf } from '../../auth/provinces.ts';
import type { Context } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { auditView, checkUnits, emailField, nameField, ROLES } from './common.ts';

/** createUser's input (checked on the GraphQL input type; `unitIds` are global IDs, decoded after). */
export const CreateUserInput = z.object({
  email: emailField,
  name: nameField,
  role: z.enum(ROLES),
  locale: z.enum(['vi', 'en']).nullish(),
});

/**
 * A new account with a temporary password, shown to the admin this once: the person must change it
 * at their first sign-in.
 */
/** The one province of these units, or null (none, or several). */
async function provinceOfUnits(tx: Tx, unitIds: readonly string[]): Promise<string | null> {
  const provinces = await tx.unit.findMany({
    where: { id: { in: [...unitIds] } },
    distinct: ['provinceId'],
    select: { provinceId: true },
  });
  return provinces.length === 1 ? (provinces[0]?.provinceId ?? null) : null;
}

export async function createUser(
  context: Context,
  input: z.output<typeof CreateUserInput> & { unitIds: readonly string[] },
) {
  const data = { ...input, locale: input.locale ?? 'vi' };
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const user = await context.db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } }))
      throw emailTaken(data.email);
    const unitIds = await checkUnits(tx, context.viewer, data.role, data.unitIds);
    const created = await tx.user.create({
      data: {
        email: data.email,
        name: data.name,
        searchName: userSearchName(data),
        role: data.role,
        locale: data.locale,
        passwordHash,
        mustChangePassword: true,
        // A province's admin makes its people only; a national admin's new account is national, or
        // its units' province when it is bound to some.
        provinceId: provinceOf(context.viewer) ?? (await provinceOfUnits(tx, unitIds)),
        units: { create: unitIds.map((unitId) => ({ unitId })) },
      },
      include: { units: { select: { unitId: true } } },
    });
    await audit(tx, context, {
      action: 'user.create',
      entityType: 'User',
      entityId: created.id,
      after: auditView(created),
    });
    return created;
  });
  return { user, temporaryPassword: password };
}

/** Only admins create accounts, so saying that an address is taken reveals nothing to outsiders. */
export const emailTaken = (email: string) =>
  new AppError('CONFLICT', {
    vi: `Đã có tài khoản với email ${email}.`,
    en: `There is already an account with the email ${email}.`,
  });
