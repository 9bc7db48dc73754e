import { searchName } from '@chiso/scoring';

/** What a people search matches: the name and the email, folded like unit names. */
export function userSearchName(user: { name: string; email: string }): string {
  return searchName(`${user.name} ${user.email}`);
}
