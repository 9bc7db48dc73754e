import { parseArgs } from 'node:util';
import type { Locale } from '@chiso/scoring';
import { diffCommand } from './commands/criteria-diff.ts';
import { validateCommand } from './commands/criteria-validate.ts';
import { demoCommand } from './commands/demo.ts';
import { scoreCommand } from './commands/score.ts';
import { type Output, terminal } from './io.ts';

const USAGE = `chiso — e-government maturity assessment

  chiso criteria validate <path…>      validate criteria files or folders
  chiso criteria diff <a.yaml> <b.yaml> added / removed / changed criteria
  chiso score <set> <inputs.json>       score one unit or a cohort; <set> is a file or a set code
  chiso demo                            load the criteria sets and score a sample cohort
  chiso demo load                       the demo data and sign-ins into an empty database (DATABASE_URL
                                        or the embedded one); never done on its own outside \`npm start\`
  chiso users create-admin --email <email> [--name "<name>"] [--province <code>] [--password-stdin]
                                        an administrator: the first account of a production database;
                                        the password is typed, piped, or generated and shown once
  chiso units import [<catalogue.json>] [--merges <merges.json>] --province <code,…|all>
                    [--agencies <file>] [--valid-from YYYY-MM-DD] [--document <resolution>] [--dry-run]
                                        import a province's units from a GSO catalogue, and the 2025
                                        reorganisation with its lineage (idempotent)
  chiso national load [<catalogue.json>] [--provinces 22,06] [--reset]
                                        every commune and district, two published years (DATABASE_URL)
  chiso backup <file> [--force]         the whole database into one file: pg_dump for DATABASE_URL, the
                                        embedded database's folder (CHISO_DATA_DIR) as a .tar.gz
  chiso restore <file> [--force]        replaces the database with a backup; --force over accounts or
                                        units (the embedded folder is moved aside, never deleted)

options: --lang vi|en (default vi), --depth 1-4 (score), --json (score)`;

/** Runs one command line and returns the exit code (0 ok, 1 failed, 2 usage). */
export function run(argv: readonly string[], out: Output = terminal): number | Promise<number> {
  // Loaded on demand: the database client is heavy, and the other commands never need it.
  if (argv[0] === 'units' && argv[1] === 'import') {
    return import('./commands/units-import.ts').then(({ unitsImportCommand }) =>
      unitsImportCommand(argv.slice(2), out),
    );
  }
  if (argv[0] === 'users' && argv[1] === 'create-admin') {
    return import('./commands/users-create-admin.ts').then(({ usersCreateAdminCommand }) =>
      usersCreateAdminCommand(argv.slice(2), out),
    );
  }
  if (argv[0] === 'demo' && argv[1] === 'load') {
    return import('./commands/demo-load.ts').then(({ demoLoadCommand }) => demoLoadCommand(out));
  }
  if (argv[0] === 'national' && argv[1] === 'load') {
    return import('./commands/national-load.ts').then(({ nationalLoadCommand }) =>
      nationalLoadCommand(argv.slice(2), out),
    );
  }
  if (argv[0] === 'backup' || argv[0] === 'restore') {
    const command = argv[0];
    return import('./commands/backup.ts').then((commands) =>
      (command === 'backup' ? commands.backupCommand : commands.restoreCommand)(argv.slice(1), out),
    );
  }
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    out.line(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const locale: Locale = values.lang === 'en' ? 'en' : 'vi';
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    out.line(USAGE);
    return values.help ? 0 : 2;
  }
  if (command === 'criteria' && rest[0] === 'validate') return validateCommand(rest.slice(1), out);
  if (command === 'criteria' && rest[0] === 'diff') return diffCommand(rest.slice(1), out);
  if (command === 'score') {
    const depth = Number(values.depth ?? 3);
    return scoreCommand(
      rest,
      { locale, json: values.json ?? false, depth: Number.isInteger(depth) ? depth : 3 },
      out,
    );
  }
  if (command === 'demo') return demoCommand(locale, out);
  out.line(`unknown command: ${positionals.join(' ')}\n\n${USAGE}`);
  return 2;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      depth: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  Promise.resolve(run(process.argv.slice(2))).then((code) => {
    process.exitCode = code;
  });
}
