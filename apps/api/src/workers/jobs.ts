/**
 * The jobs worker threads run, by name: each is the `run` export of its own file in this folder
 * (src/workers/<file>.ts), bundled as dist/worker-<file>.js (scripts/build.ts). A thread loads a job's
 * file on its first task of that kind, so a thread that only reads YAML never loads the report renderers.
 */
export const JOB_FILES = {
  criteriaYaml: 'criteria-yaml',
  reportFile: 'report-file',
  cohortResults: 'cohort-results',
} as const;
