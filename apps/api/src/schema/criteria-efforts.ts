// The Sở's effort weights per criteria set (mức công sức): they weigh the shortest path to the next
// level and the level lifters, and change no score, so they live beside the versions, not in them.

import { admins } from '../auth/scopes.ts';
import { builder } from '../builder.ts';
import { SetCriterionEffortsInput, setCriterionEfforts } from '../services/criteria/efforts.ts';
import { CriteriaSetRef } from './criteria.ts';
import { validatedBy } from './validation.ts';

builder.prismaObject('CriterionEffort', {
  description: 'What a point at one criterion or indicator costs to gain, as the Sở judges it.',
  fields: (t) => ({
    code: t.exposeString('nodeCode', { description: 'A criterion or indicator code.' }),
    weight: t.float({
      description: 'A point there weighs this many points (0.01–100; 1 where none is set).',
      resolve: (effort) => effort.weight / 100,
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.prismaObjectFields('CriteriaSet', (t) => ({
  efforts: t.relation('efforts', {
    description:
      'The effort weights the Sở set (criteria not listed weigh 1). Next-level paths and level lifters use them unless a caller gives its own.',
    query: { orderBy: { nodeCode: 'asc' } },
  }),
  effortsRevision: t.exposeInt('effortsRevision', {
    description: 'Send it back with setCriterionEfforts (CONFLICT when stale).',
  }),
}));

export const CriterionEffortInput = builder.inputType('CriterionEffortInput', {
  fields: (t) => ({
    code: t.string({ required: true, description: 'A criterion or indicator code.' }),
    weight: t.float({ required: true, description: 'A point there costs this many points (0.01–100).' }),
  }),
});

builder.mutationFields((t) => ({
  setCriterionEfforts: t.fieldWithInput({
    type: CriteriaSetRef,
    errors: {},
    authScopes: admins,
    description:
      'Replaces the effort weights of a criteria set (codes of its latest version); an empty list clears them. Audited.',
    typeOptions: validatedBy(SetCriterionEffortsInput),
    input: {
      setId: t.input.globalID({ required: true, for: CriteriaSetRef }),
      efforts: t.input.field({ type: [CriterionEffortInput], required: true }),
      revision: t.input.int({ description: 'effortsRevision as read; omitted: last save wins.' }),
    },
    resolve: (_root, { input }, context) =>
      setCriterionEfforts(context, {
        setId: input.setId.id,
        efforts: input.efforts,
        revision: input.revision,
      }),
  }),
}));
