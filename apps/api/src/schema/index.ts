import { lexicographicSortSchema } from 'graphql';
import { builder } from '../builder.ts';
import './common.ts';
import './viewer.ts';
import './units.ts';

/** The whole API schema, fields in a stable order (the printed schema.graphql is committed). */
export const schema = lexicographicSortSchema(builder.toSchema());
