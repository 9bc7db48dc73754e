import { userSearchName } from '@chiso/db';
import { z } from 'zod';
import { audit } from '../../audit.ts';
import type { Context } from '../../context.ts';
import {
  assertAnActiveAdmin,
  auditView,
  checkUnits,
  emailField,
  loadUser,
  nameField,
  ROLES,
} from './common.ts';
import { emailTaken } from './create.ts';

/** updateUser's input (checked on the GraphQL input type; `id` and `unitIds` are global IDs). */
export const UpdateUserInput = z.object({
  email: emailField.nullish(),
  name: nameField.nullish(),
  role: z.enum(ROLES).nullish(),
  locale: z.enum(['vi', 'en']).nullish(),
});

/** Name, email, role, units and language of an account; absent fields stay as they are. */
export async function updateUser(
  context: Context,
  id: string,
  data: z.output<typeof UpdateUserInput> & {
    /** The whole list of units, replacing the old one; absent: unchanged. */
    unitIds?: readonly string[] | null | undefined;
  },
) {
  return context.db.$transaction(async (tx) => {
    const before = await loadUser(tx, id, context.viewer);
    const email = data.email ?? before.email;
    const name = data.name ?? before.name;
    const role = data.role ?? before.role;
    if (email !== before.email && (await tx.user.findUnique({ where: { email }, select: { id: true } })))
      throw emailTaken(email);
    const unitIds = await checkUnits(
      tx,
      context.viewer,
      role,
      data.unitIds ?? before.units.map((link) => link.unitId),
    );
    const after = await tx.user.update({
      where: { id },
      data: {
        email,
        name,
        searchName: userSearchName({ name, email }),
        role,
        ...(data.locale ? { locale: data.locale } : {}),
        units: { deleteMany: {}, create: unitIds.map((unitId) => ({ unitId })) },
      },
      include: { units: { select: { unitId: true } } },
    });
    if (before.role === 'ADMIN' && role !== 'ADMIN') await assertAnActiveAdmin(tx);
    await audit(tx, context, {
      action: 'user.update',
      entityType: 'User',
      entityId: id,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
}
