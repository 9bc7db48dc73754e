import { type PreparedCriteriaVersion, prepareCriteriaVersion } from '@chiso/db/criteria/prepare';
import { type SetIssue, validateCriteriaSet } from '@chiso/scoring';
import { checkStructure } from '../services/criteria/document.ts';
import { readYaml } from '../services/criteria/yaml.ts';
import { answering } from './answer.ts';

export interface PreparedCriteriaFile {
  prepared: PreparedCriteriaVersion;
  /** What must be fixed before publishing, as issuesOf would find it in the stored document. */
  issues: SetIssue[];
}

/**
 * A criteria file read, checked, validated and prepared for storage (a worker job): YAML parsing and
 * the model's checks take hundreds of milliseconds for a real set (the district set, 129 kB). Only
 * rows and JSON text come back: cloning the set's object graph back onto the request thread held
 * that thread (and `/healthz`) for tens of milliseconds more on a busy machine.
 */
export const run = answering((yaml: string): PreparedCriteriaFile => {
  const prepared = prepareCriteriaVersion(checkStructure(readYaml(yaml)));
  const validation = validateCriteriaSet(JSON.parse(prepared.documentJson));
  return { prepared, issues: validation.ok ? [] : validation.issues };
});
