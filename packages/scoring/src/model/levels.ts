import { z } from 'zod';
import { Percent, PointsValue } from './points.ts';
import { LocalizedText } from './text.ts';

/** One condition of a level: every condition of a level must hold for the level to be reached. */
export const LevelCondition = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('groupPoints'), group: z.string(), min: PointsValue }).strict(),
  z.object({ kind: z.literal('groupShare'), group: z.string(), minPercent: Percent }).strict(),
  /** The groups' points together against their combined maximum (readiness Mức 4: infrastructure + IT staff ≥ 70 %). */
  z
    .object({ kind: z.literal('combinedShare'), groups: z.array(z.string()).min(2), minPercent: Percent })
    .strict(),
]);
export type LevelCondition = z.infer<typeof LevelCondition>;

export const LevelRule = z
  .object({
    level: z.number().int().min(1).max(9),
    name: LocalizedText.optional(),
    conditions: z.array(LevelCondition).min(1),
  })
  .strict();
export type LevelRule = z.infer<typeof LevelRule>;
