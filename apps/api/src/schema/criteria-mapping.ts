// Code mappings between criteria versions: kept with the newer version, read by period comparisons
// when two periods were scored on different versions.

import type { CodeMapping } from '@chiso/scoring';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { admins } from '../auth/scopes.ts';
import { builder } from '../builder.ts';
import {
  SetCriteriaCodeMappingInput,
  setCriteriaCodeMapping,
  storedMappings,
} from '../services/criteria/code-mapping.ts';
import { CriteriaVersionRef } from './criteria.ts';
import { validatedBy } from './validation.ts';

const CodeMappingEntryRef = builder
  .objectRef<{ from: string; to: string | null }>('CodeMappingEntry')
  .implement({
    fields: (t) => ({
      from: t.exposeString('from', { description: 'A node code of the older version.' }),
      to: t.exposeString('to', {
        nullable: true,
        description: 'Its code in this version; null: it has no counterpart.',
      }),
    }),
  });

const CodeMappingRef = builder.objectRef<CodeMapping>('CodeMapping').implement({
  description:
    'How an older version’s node codes correspond to this one’s. Codes not listed correspond to the same code.',
  fields: (t) => ({
    fromVersionId: t.id({
      description: 'The older CriteriaVersion’s global ID.',
      resolve: (mapping) => encodeGlobalID('CriteriaVersion', mapping.fromVersionId),
    }),
    entries: t.field({
      type: [CodeMappingEntryRef],
      resolve: (mapping) => Object.entries(mapping.codes).map(([from, to]) => ({ from, to })),
    }),
  }),
});

builder.prismaObjectFields('CriteriaVersion', (t) => ({
  codeMappings: t.field({
    type: [CodeMappingRef],
    select: { codeMapping: true },
    description: 'Mappings from older versions, for comparing periods scored on different versions.',
    resolve: (version) => storedMappings(version.codeMapping),
  }),
}));

const CodeMappingEntryInput = builder.inputType('CodeMappingEntryInput', {
  fields: (t) => ({
    from: t.string({ required: true, description: 'A node code of the older version.' }),
    to: t.string({ description: 'The node code in this draft; omit or null: no counterpart.' }),
  }),
});

builder.mutationFields((t) => ({
  setCriteriaCodeMapping: t.fieldWithInput({
    type: CriteriaVersionRef,
    errors: {},
    authScopes: admins,
    description:
      'Records on a draft how an older published version’s codes correspond to its own (renamed, merged into one, or dropped), replacing the mapping from that version; an empty list removes it.',
    typeOptions: validatedBy(SetCriteriaCodeMappingInput),
    input: {
      id: t.input.globalID({ required: true, for: CriteriaVersionRef, description: 'The draft.' }),
      revision: t.input.int({ required: true }),
      fromVersionId: t.input.globalID({ required: true, for: CriteriaVersionRef }),
      codes: t.input.field({ type: [CodeMappingEntryInput], required: true }),
    },
    resolve: (_root, { input }, context) =>
      setCriteriaCodeMapping(context, {
        versionId: input.id.id,
        revision: input.revision,
        fromVersionId: input.fromVersionId.id,
        codes: input.codes,
      }),
  }),
}));
