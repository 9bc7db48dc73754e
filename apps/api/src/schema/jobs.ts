import { ownsProvince } from '../auth/provinces.ts';
import { admins } from '../auth/scopes.ts';
import { builder } from '../builder.ts';
import { notFound } from '../errors.ts';
import type { JobStatus } from '../jobs/queue.ts';
import { LocalizedTextRef } from './common.ts';

const JobStateEnum = builder.enumType('JobState', {
  description: 'Where a background job is: waiting, running, waiting for a retry, done, or failed for good.',
  values: ['QUEUED', 'ACTIVE', 'RETRYING', 'COMPLETED', 'FAILED', 'CANCELLED'] as const,
});

export const JobRef = builder.objectRef<JobStatus>('Job').implement({
  description:
    'A background job (a publication’s recomputation, a unit import), as any API process sees it: the console polls it when a mutation answered JOB_UNFINISHED.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.exposeString('kind', { description: 'publish-results or import-units.' }),
    state: t.field({ type: JobStateEnum, resolve: (job) => job.state }),
    progress: t.exposeFloat('progress', { description: 'From 0 to 1; 1 once completed.' }),
    attempts: t.exposeInt('attempts', { description: 'Runs so far (retries after a failure count).' }),
    errorCode: t.string({
      nullable: true,
      description:
        'Why it failed: the refusal’s code (e.g. INVALID_TRANSITION), or JOB_FAILED after every retry.',
      resolve: (job) => job.error?.code ?? null,
    }),
    errorMessage: t.field({
      type: LocalizedTextRef,
      nullable: true,
      resolve: (job) => job.error?.messages ?? null,
    }),
  }),
});

builder.queryFields((t) => ({
  job: t.field({
    type: JobRef,
    description:
      'A background job by id (admins: they start publications and imports; a province’s admins see its own).',
    authScopes: admins,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) => {
      const found = /^[0-9a-f-]{36}$/i.test(String(id)) ? await context.jobs?.status(String(id)) : null;
      // Another province's job is not there for this admin (as a row of another province is not).
      if (!found || !ownsProvince(context.viewer, found.provinceId)) {
        throw notFound({ vi: 'tác vụ', en: 'the job' });
      }
      return found;
    },
  }),
}));
