// Why a unit has no rank (không được xếp hạng), in a category or overall: a typed code from
// @chiso/scoring's open list, the category it concerns, and the sentence in both languages.

import {
  describeNotRanked,
  type LocalizedText,
  NOT_RANKED_CODES,
  type NotRankedReason,
} from '@chiso/scoring';
import { builder } from '../builder.ts';
import { LocalizedTextRef } from './common.ts';

/** A reason with what names its categories and groups (the cohort's or the set's names). */
export interface NotRankedView {
  reason: NotRankedReason;
  nodeName: (code: string) => LocalizedText | undefined;
}

const NotRankedCodeEnum = builder.enumType('NotRankedCode', {
  description:
    'Why a unit has no rank. LEVEL_NOT_REACHED: the category’s lowest level (Mức) is not reached; NOT_RANKED_IN_CATEGORY: overall, the unit is not ranked in `category` (only units ranked in every category are ranked by total). The list grows with reasons decided outside the scoring: NOT_SUBMITTED, the unit did not submit by its deadline (không nộp báo cáo).',
  values: NOT_RANKED_CODES,
});

export const NotRankedReasonRef = builder.objectRef<NotRankedView>('NotRankedReason').implement({
  description: 'Why a unit has no rank in a category, or overall (không xếp hạng chung).',
  fields: (t) => ({
    code: t.field({ type: NotRankedCodeEnum, resolve: ({ reason }) => reason.code }),
    category: t.string({
      nullable: true,
      description: 'The category concerned; null for a reason about the whole unit.',
      resolve: ({ reason }) => reason.category ?? null,
    }),
    groups: t.stringList({
      description: 'LEVEL_NOT_REACHED: codes of the groups that held the unit back.',
      resolve: ({ reason }) =>
        (reason.conditions ?? []).flatMap((outcome) =>
          outcome.condition.kind === 'combinedShare' ? outcome.condition.groups : [outcome.condition.group],
        ),
    }),
    message: t.string({
      description: "The reason in the caller's language.",
      resolve: ({ reason, nodeName }, _args, context) => describeNotRanked(reason, nodeName, context.locale),
    }),
    messages: t.field({
      type: LocalizedTextRef,
      resolve: ({ reason, nodeName }) => ({
        vi: describeNotRanked(reason, nodeName, 'vi'),
        en: describeNotRanked(reason, nodeName, 'en'),
      }),
    }),
  }),
});

export const notRankedViews = (
  reasons: readonly NotRankedReason[],
  nodeName: NotRankedView['nodeName'],
): NotRankedView[] => reasons.map((reason) => ({ reason, nodeName }));
