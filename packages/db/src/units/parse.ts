import type { z } from 'zod';

/** Validates imported JSON, reporting the first problems with their path ("data.0.level2s.3.name: …"). */
export function parseOrThrow<T>(schema: z.ZodType<T>, json: unknown, what: string): T {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.map(String).join('.') || '(root)';
    return `  ${path}: ${issue.message}`;
  });
  const more = result.error.issues.length > 5 ? `\n  … and ${result.error.issues.length - 5} more` : '';
  throw new Error(`Invalid ${what}:\n${issues.join('\n')}${more}`);
}

/** The error for a code that is not in a file: names it and the first codes that are. */
export function unknownCode(what: string, code: string, known: { code: string; name: string }[]): Error {
  const sample = known.slice(0, 8).map((unit) => `${unit.code} (${unit.name})`);
  const rest = known.length > sample.length ? `, … ${known.length - sample.length} more` : '';
  return new Error(`Unknown ${what} code "${code}"; the file has ${sample.join(', ')}${rest}`);
}

/** The catalogue is clean NFC, but a few names carry stray or doubled spaces ("Xã  Mỹ Lộc"). */
export function tidyName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}
