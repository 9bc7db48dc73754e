import { lexicographicSortSchema } from 'graphql';
import { builder } from '../builder.ts';
import './common.ts';
import './viewer.ts';
import './units.ts';
import './unit-changes.ts';
import './criteria.ts';
import './criteria-mapping.ts';
import './criteria-efforts.ts';
import './criteria-preview.ts';
import './periods.ts';
import './assessments.ts';
import './evidence.ts';
import './results.ts';
import './next-level.ts';
import './audit-log.ts';
import './users.ts';
import './comparisons/index.ts';
import './plans.ts';
import './jobs.ts';

/** The whole API schema, fields in a stable order (the printed schema.graphql is committed). */
export const schema = lexicographicSortSchema(builder.toSchema());
