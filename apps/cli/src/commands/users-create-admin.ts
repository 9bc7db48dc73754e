import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { CreateAdminError, createAdmin, createPrismaClient, passwordProblems } from '@chiso/db';
import type { Output } from '../io.ts';

const USAGE =
  'usage: chiso users create-admin --email <email> [--name "<full name>"] [--province <code>] [--password-stdin] [--lang vi|en]';

/** Where the password comes from: typed (hidden) at a terminal, piped with --password-stdin, or none. */
export interface PasswordSource {
  /** The password, or undefined to generate one. */
  read(options: { stdin: boolean; locale: 'vi' | 'en' }): Promise<string | undefined>;
}

/**
 * `chiso users create-admin`: an administrator in the database the server uses (DATABASE_URL, or the
 * embedded one) — how a production install gets its first account. A generated password is shown
 * once and must be changed at the first sign-in. `--province 22` makes an admin of that province
 * only (its units, groups, periods, sets and people); without it the admin is national.
 */
export async function usersCreateAdminCommand(
  argv: readonly string[],
  out: Output,
  source: PasswordSource = terminalPassword,
): Promise<number> {
  let values: { email?: string; name?: string; province?: string; 'password-stdin'?: boolean; lang?: string };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        province: { type: 'string' },
        'password-stdin': { type: 'boolean' },
        lang: { type: 'string' },
      },
    }));
    if (!values.email) throw new Error('--email is required');
  } catch (error) {
    out.line(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const locale = values.lang === 'en' ? 'en' : 'vi';
  const password = await source.read({ stdin: values['password-stdin'] ?? false, locale });
  // A weak password is refused before the database is opened (and migrated).
  const problems = password ? passwordProblems(password, { email: values.email }) : [];
  if (problems.length > 0) {
    out.line(`error: ${problems.map((problem) => problem.messages[locale]).join(' ')}`);
    return 1;
  }
  const db = await createPrismaClient({ migrate: true });
  try {
    const created = await createAdmin(db, {
      email: values.email,
      ...(values.name ? { name: values.name } : {}),
      ...(values.province ? { provinceCode: values.province } : {}),
      ...(password ? { password } : {}),
    });
    const { email } = created.user;
    if (locale === 'en') {
      out.line(`Administrator ${email} created.`);
      if (created.generated) {
        out.line(
          `Temporary password (shown only this once; to be changed at the first sign-in): ${created.password}`,
        );
      }
    } else {
      out.line(`Đã tạo quản trị viên ${email}.`);
      if (created.generated) {
        out.line(
          `Mật khẩu tạm (chỉ hiện một lần này; phải đổi ở lần đăng nhập đầu tiên): ${created.password}`,
        );
      }
    }
    return 0;
  } catch (error) {
    if (error instanceof CreateAdminError) {
      out.line(`error: ${error.messages[locale]}`);
      return 1;
    }
    throw error;
  } finally {
    await db.$close();
  }
}

const PROMPT = {
  vi: 'Mật khẩu (bỏ trống để tạo mật khẩu tạm): ',
  en: 'Password (leave empty for a temporary one): ',
};

/** At a terminal the password is typed without echo; with --password-stdin it is the first line piped in. */
const terminalPassword: PasswordSource = {
  async read({ stdin, locale }) {
    if (stdin) {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] || undefined;
    }
    if (!process.stdin.isTTY) return undefined;
    process.stdout.write(PROMPT[locale]);
    // Output to a sink that drops everything: the terminal does not echo what is typed.
    const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
    const prompt = createInterface({ input: process.stdin, output: silent, terminal: true });
    try {
      const answer = await prompt.question('');
      process.stdout.write('\n');
      return answer || undefined;
    } finally {
      prompt.close();
    }
  },
};
