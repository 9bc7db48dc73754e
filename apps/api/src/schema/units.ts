import { builder } from '../builder.ts';

export const UnitKindEnum = builder.enumType('UnitKind', {
  description:
    'Province, provincial agency (sở, ban, ngành), district (huyện) or commune (xã, phường, thị trấn).',
  values: ['PROVINCE', 'PROVINCIAL_AGENCY', 'DISTRICT', 'COMMUNE'] as const,
});

export const UnitRef = builder.prismaNode('Unit', {
  id: { field: 'id' },
  description: 'Đơn vị: an agency, district or commune, with its official GSO code.',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    kind: t.field({ type: UnitKindEnum, resolve: (unit) => unit.kind }),
    type: t.exposeString('type', { description: 'Official type: Huyện, Thị xã, Xã, Phường, Sở…' }),
  }),
});
