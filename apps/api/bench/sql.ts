import { cpus } from 'node:os';
import { demoServer, measureOperations, PAGE_SIZES } from './sql-operations.ts';

/**
 * N+1 guard: the console's main reads at two page sizes against the demo data, counting SQL
 * statements per operation. Target: ≤ 5 each, the same at both sizes. Usage: pnpm bench:sql
 */
const { server, admin, ids } = await demoServer();
try {
  const measurements = await measureOperations(server.db, admin, ids);
  console.log(
    `machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, node ${process.version}, embedded PGlite`,
  );
  for (const { operation, statements } of measurements) {
    console.log(
      `  ${operation.padEnd(26)} ${PAGE_SIZES.map((size) => `first ${size}: ${statements[size]}`).join(', ')}`,
    );
  }
  const worst = measurements.reduce((a, b) =>
    Math.max(...Object.values(b.statements)) > Math.max(...Object.values(a.statements)) ? b : a,
  );
  console.log(
    `sql per operation: max ${Math.max(...Object.values(worst.statements))} statements (${worst.operation}) over ${measurements.length} operations`,
  );
} finally {
  await server.close();
}
