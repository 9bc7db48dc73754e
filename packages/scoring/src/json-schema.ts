import { z } from 'zod';
import { CriteriaSet } from './model/criteria-set.ts';

/** JSON Schema for criteria files, so editors validate YAML as it is typed. */
export function criteriaSetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(CriteriaSet, { io: 'input', unrepresentable: 'any' }),
    title: 'chiso criteria set (bộ tiêu chí)',
  };
}
