/**
 * The heavy mutations that run as jobs (queue.ts): publishing a period's results (every cohort scored,
 * ranked and stored) and applying a unit import. Each records its answer in its own transaction.
 */
import type { Context } from '../context.ts';
import {
  type Publication,
  type PublicationInput,
  publishPeriodResults,
} from '../services/assessments/publish.ts';
import { applyUnitImport, type ImportUnitsInput } from '../services/units/import.ts';
import type { JobDefinition } from './queue.ts';

export const PUBLISH_RESULTS: JobDefinition<PublicationInput, Publication> = {
  kind: 'publish-results',
  run: ({ input, context, ...job }) => publishPeriodResults(context, input, job),
};

export const IMPORT_UNITS: JobDefinition<ImportUnitsInput, Awaited<ReturnType<typeof applyUnitImport>>> = {
  kind: 'import-units',
  run: ({ input, context, ...job }) => applyUnitImport(context, input, job),
};

export const JOBS = [PUBLISH_RESULTS, IMPORT_UNITS] as ReadonlyArray<JobDefinition<never, unknown>>;

/** Runs a job through the context's queue, or in the request when there is none (service tests). */
export function runJob<Input, Value>(
  context: Context,
  definition: JobDefinition<Input, Value>,
  input: Input,
): Promise<Value> {
  if (context.jobs) return context.jobs.run(definition, input, context);
  return definition.run({ input, context, record: async () => undefined, progress: () => undefined });
}
