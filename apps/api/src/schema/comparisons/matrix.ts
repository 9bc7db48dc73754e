// comparisonMatrix: units × criteria, groups or categories of a published period.

import { cohortReaders } from '../../auth/scopes.ts';
import { builder } from '../../builder.ts';
import { keptDecimals } from '../../decimal-list.ts';
import { askedAtOnce } from '../../limits/arguments.ts';
import {
  cellShare,
  comparisonMatrix,
  type Matrix,
  type MatrixRow,
} from '../../services/comparisons/matrix.ts';
import { points } from '../common.ts';
import {
  ComparisonColumnRef,
  ComparisonNodeKindEnum,
  ComparisonUnitRef,
  cohortArgs,
  cohortOf,
} from './common.ts';

const MatrixRowRef = builder.objectRef<MatrixRow>('ComparisonMatrixRow').implement({
  description: 'One unit; `points`, `maxima` and `shares` are aligned with the matrix’s columns.',
  fields: (t) => ({
    unit: t.field({ type: ComparisonUnitRef, resolve: (row) => row.unit }),
    rank: t.int({ nullable: true, resolve: (row) => row.rank }),
    total: t.float({ resolve: (row) => points(row.points) }),
    totalMax: t.float({ resolve: (row) => points(row.maxPoints) }),
    points: t.field({
      type: 'DecimalList',
      description: 'Points per column; null = missing (no result for that node).',
      resolve: keptDecimals((row) => row.cells.map((cell) => (cell ? points(cell.points) : null))),
    }),
    maxima: t.field({
      type: 'DecimalList',
      description: 'The applicable maximum per column (0 = does not apply to the unit); null = missing.',
      resolve: keptDecimals((row) => row.cells.map((cell) => (cell ? points(cell.maxPoints) : null))),
    }),
    shares: t.field({
      type: 'DecimalList',
      description: 'points ÷ applicable maximum, 4 decimals; null = missing or not applicable.',
      resolve: keptDecimals((row) => row.cells.map(cellShare)),
    }),
    levels: t.intList({
      nullable: { list: false, items: true },
      description: 'The level (Mức) per `levelCategories` entry; null = not ranked there.',
      resolve: (row) => row.levels,
    }),
    missing: t.int({
      description: 'Columns without a result.',
      resolve: (row) => row.cells.filter((c) => !c).length,
    }),
  }),
});

const MatrixRef = builder.objectRef<Matrix>('ComparisonMatrix').implement({
  description: 'Units × nodes of a published period, compact: a column list and rows of aligned arrays.',
  fields: (t) => ({
    periodCode: t.exposeString('periodCode', { nullable: true }),
    nodeKind: t.string({ resolve: (matrix) => matrix.nodeKind }),
    columns: t.field({ type: [ComparisonColumnRef], resolve: (matrix) => matrix.columns }),
    levelCategories: t.field({
      type: [ComparisonColumnRef],
      description: 'The categories ranked into levels: each row’s `levels` follow them.',
      resolve: (matrix) => matrix.levelCategories,
    }),
    rows: t.field({ type: [MatrixRowRef], resolve: (matrix) => matrix.rows }),
  }),
});

builder.queryFields((t) => ({
  comparisonMatrix: t.field({
    type: MatrixRef,
    authScopes: cohortReaders,
    description: 'Units × criteria, groups or categories of a published period, in two SQL statements.',
    args: {
      ...cohortArgs(t),
      nodeKind: t.arg({ type: ComparisonNodeKindEnum, required: true }),
      nodeCodes: t.arg.stringList({
        validate: askedAtOnce,
        description: 'Only these nodes (document order is kept).',
      }),
    },
    resolve: (_root, args, context) =>
      comparisonMatrix(context, {
        ...cohortOf(args),
        nodeKind: args.nodeKind,
        nodeCodes: args.nodeCodes ?? null,
      }),
  }),
}));
