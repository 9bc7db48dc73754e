/**
 * The people `pnpm bench:load` simulates, prepared through the API as an admin would: one officer
 * account per unit with an editable assessment in the open period (the bulk officer import), reviewer
 * and analyst accounts (createUser), and each of them signed in once — temporary password, then their
 * own — so the load never meets the sign-in throttle and every request carries a live session.
 */
import { DEMO_PASSWORD } from '@chiso/db/seed';
import { IDS_QUERY } from '../api/operations.ts';
import { ask, signInCookie } from '../api/server.ts';
import { CHANGE_PASSWORD, CREATE_USER, EDITABLE, IMPORT_OFFICERS } from './documents.ts';

const ADMIN = 'admin@chiso.local';
/** The demo's period under way (officers edit, reviewers review) and its published one (analysts read). */
export const OPEN_PERIOD = '2022';

interface Officer {
  cookie: string;
  /** Their unit's editable assessments (a district has two: the ministry's set and the province's). */
  assessmentIds: string[];
}

export interface People {
  adminCookie: string;
  officers: Officer[];
  reviewers: string[];
  analysts: string[];
  /** Period ids by code; unit group ids by code. */
  periods: Map<string, string>;
  groups: Map<string, string>;
}

export interface Headcount {
  /** People in all: analysts are those left after the officers and reviewers. */
  connections: number;
  /** At most this many officers (fewer when fewer units have editable work). */
  officers: number;
  reviewers: number;
}

/** An officer's email (lower case: the import stores emails so). */
const officerEmail = (unitCode: string) => `officer-${unitCode.toLowerCase()}@load.chiso.local`;

/** The GraphQL answer's payload, or a thrown error naming the AppError it was. */
function payload<T>(field: { __typename: string; code?: string; message?: string; data?: T }): T {
  if (field.__typename === 'AppError') throw new Error(`${field.code}: ${field.message}`);
  return field.data as T;
}

/** Runs `work` over `items`, `width` at a time (password hashing is slow; the server's pool has 4 threads). */
async function inBatches<T, R>(
  items: readonly T[],
  width: number,
  work: (item: T, index: number) => Promise<R>,
) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) {
      results[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

/** Units with a DRAFT or RETURNED assessment in the period, by code: what an officer may save. */
async function editableUnits(url: string, cookie: string, periodId: string) {
  type EditableUnit = { code: string; name: string; assessmentIds: string[] };
  const units = new Map<string, EditableUnit>();
  for (const status of ['DRAFT', 'RETURNED']) {
    let after: string | null = null;
    do {
      const { data } = await ask(url, cookie, EDITABLE, { periodId, status, after });
      for (const { node } of data.assessments.edges) {
        const unit: EditableUnit = units.get(node.unit.code) ?? {
          code: node.unit.code,
          name: node.unit.name,
          assessmentIds: [],
        };
        unit.assessmentIds.push(node.id);
        units.set(unit.code, unit);
      }
      after = data.assessments.pageInfo.hasNextPage ? data.assessments.pageInfo.endCursor : null;
    } while (after);
  }
  return [...units.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** A first sign-in with the temporary password, then the person's own: the session kept for the load. */
async function firstSignIn(url: string, email: string, temporaryPassword: string, index: number) {
  const cookie = await signInCookie(url, email, temporaryPassword);
  const newPassword = `Tai khoan thu ${index} cua bench`;
  const { data } = await ask(url, cookie, CHANGE_PASSWORD, {
    input: { currentPassword: temporaryPassword, newPassword },
  });
  payload(data.changeOwnPassword);
  return cookie;
}

/** Officers for at most `wanted.officers` units, the reviewers asked for, and analysts for the rest. */
export async function preparePeople(url: string, wanted: Headcount): Promise<People> {
  const adminCookie = await signInCookie(url, ADMIN, DEMO_PASSWORD);
  const { data: ids } = await ask(url, adminCookie, IDS_QUERY);
  const periods = new Map<string, string>(
    ids.periods.edges.map(({ node }: { node: { id: string; code: string } }) => [node.code, node.id]),
  );
  const groups = new Map<string, string>(
    ids.unitGroups.map((group: { id: string; code: string }) => [group.code, group.id]),
  );
  const openPeriod = periods.get(OPEN_PERIOD);
  if (!openPeriod) throw new Error(`the demo has no period ${OPEN_PERIOD}`);

  const units = (await editableUnits(url, adminCookie, openPeriod)).slice(0, wanted.officers);
  const sheet = [
    'Mã đơn vị,Họ và tên,Email',
    ...units.map(
      (unit) => `${unit.code},Cán bộ ${unit.name.replaceAll(',', ' ')},${officerEmail(unit.code)}`,
    ),
  ].join('\n');
  const imported = payload<{ accounts: Array<{ email: string; temporaryPassword: string }> }>(
    (
      await ask(url, adminCookie, IMPORT_OFFICERS, {
        input: { content: Buffer.from(sheet).toString('base64') },
      })
    ).data.importUnitOfficers,
  );
  const byEmail = new Map(imported.accounts.map((account) => [account.email, account.temporaryPassword]));

  const created = async (role: 'REVIEWER' | 'ANALYST', count: number) =>
    inBatches(Array.from({ length: count }), 4, async (_, index) => {
      const email = `${role.toLowerCase()}-${index}@load.chiso.local`;
      const { data } = await ask(url, adminCookie, CREATE_USER, {
        input: {
          email,
          name: `${role === 'REVIEWER' ? 'Thẩm định viên' : 'Chuyên viên phân tích'} ${index}`,
          role,
        },
      });
      return {
        email,
        temporaryPassword: payload<{ temporaryPassword: string }>(data.createUser).temporaryPassword,
      };
    });
  const reviewerAccounts = await created('REVIEWER', wanted.reviewers);
  const analystAccounts = await created('ANALYST', wanted.connections - units.length - wanted.reviewers);

  const officers = await inBatches(units, 4, async (unit, index) => {
    const email = officerEmail(unit.code);
    const temporary = byEmail.get(email);
    if (!temporary) throw new Error(`the import made no account for ${email}`);
    return { cookie: await firstSignIn(url, email, temporary, index), assessmentIds: unit.assessmentIds };
  });
  const signIn = (accounts: Array<{ email: string; temporaryPassword: string }>, offset: number) =>
    inBatches(accounts, 4, (account, index) =>
      firstSignIn(url, account.email, account.temporaryPassword, offset + index),
    );
  const reviewers = await signIn(reviewerAccounts, 10_000);
  const analysts = await signIn(analystAccounts, 20_000);
  return { adminCookie, officers, reviewers, analysts, periods, groups };
}
