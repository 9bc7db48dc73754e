// @vitest-environment node
import { CriteriaSet, scoredNodes } from '@chiso/scoring';
import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../../test/sample-set.ts';
import {
  draftInLocale,
  type EntryValue,
  rebaseDraft,
  type StoredDraft,
  sameValue,
  settleSent,
  type TypedEntry,
} from './draft.ts';
import { typedValue, validEntries } from './valid-entries.ts';

const nodes = scoredNodes(CriteriaSet.parse(sampleDocument));
const byCode = new Map(nodes.map((node) => [node.code, node]));
const asStored = (code: string, typed: TypedEntry) => {
  const node = byCode.get(code);
  if (!node) throw new Error(code);
  return typedValue(node, typed, 'vi');
};
const value = (input: unknown, explanation: string | null = null): EntryValue => ({ input, explanation });

describe('which changed entries the server will take', () => {
  it('sends the readable ones, holds back the rest with their problem, and clears emptied fields', () => {
    const { send, problems } = validEntries(
      nodes,
      new Set(['SS.01', 'SS.03', 'KQ.01', 'SS.02']),
      { 'SS.01': '150', 'SS.03': 'yes', 'KQ.01': { numerator: '7', denominator: '5' }, 'SS.02': '' },
      { 'SS.03': '  Quyết định 12/QĐ  ', 'SS.02': '' },
      'vi',
    );
    expect(send).toEqual([
      { nodeCode: 'SS.02', input: null, explanation: null },
      { nodeCode: 'SS.03', input: true, explanation: 'Quyết định 12/QĐ' },
    ]);
    expect(Object.keys(problems).sort()).toEqual(['KQ.01', 'SS.01']);
    expect(problems['SS.01']?.code).toBe('SHARE_OUT_OF_RANGE');
    expect(problems['SS.01']?.messages.vi).toContain('Tỷ lệ phải từ 0 đến 100');
    expect(problems['KQ.01']?.code).toBe('RATIO_NUMERATOR_ABOVE_DENOMINATOR');
  });

  it('sends nothing that was not changed', () => {
    expect(validEntries(nodes, new Set(), { 'SS.01': '150' }, {}, 'vi').send).toEqual([]);
  });
});

describe('a kept draft laid over the server', () => {
  const typed = (raw: TypedEntry['raw'], explanation = ''): TypedEntry => ({ raw, explanation });

  it('keeps what nobody else touched, drops what the server already has, and flags what changed there', () => {
    const server: Record<string, EntryValue> = {
      'SS.01': value(40), // unchanged since the draft was typed
      'SS.03': value(true), // someone saved the same answer
      'KQ.01': value({ denominator: 10, numerator: 9 }), // someone saved another figure
    };
    const { kept, bases, conflicts } = rebaseDraft(
      {
        typed: {
          'SS.01': typed('55'),
          'SS.03': typed('yes'),
          'KQ.01': typed({ numerator: '8', denominator: '10' }),
          'SS.02': typed('1,5'),
        },
        base: { 'SS.01': value(40), 'SS.03': value(null), 'KQ.01': value({ numerator: 7, denominator: 10 }) },
      },
      (code) => server[code],
      asStored,
    );
    expect(Object.keys(kept).sort()).toEqual(['KQ.01', 'SS.01', 'SS.02']);
    expect(conflicts).toEqual([
      {
        code: 'KQ.01',
        mine: typed({ numerator: '8', denominator: '10' }),
        theirs: value({ denominator: 10, numerator: 9 }),
      },
    ]);
    // A conflict keeps its old base, so it shows again after a reload until the person settles it.
    expect(bases['KQ.01']).toEqual(value({ numerator: 7, denominator: 10 }));
    expect(bases['SS.01']).toEqual(value(40));
    expect(bases['SS.02']).toEqual(value(null, null));
  });

  it('counts a changed explanation as a change, ignoring the blanks the server trims', () => {
    expect(sameValue(value(1, ' lý do '), value(1, 'lý do'))).toBe(true);
    expect(sameValue(value(1, ''), value(1, null))).toBe(true);
    expect(sameValue(value(1, 'cũ'), value(1, 'mới'))).toBe(false);
    const { conflicts } = rebaseDraft(
      { typed: { 'SS.03': typed('yes', 'của tôi') }, base: { 'SS.03': value(true, 'cũ') } },
      () => value(true, 'của người khác'),
      asStored,
    );
    expect(conflicts.map(({ code }) => code)).toEqual(['SS.03']);
  });
});

describe('after a save', () => {
  it('settles what was sent unchanged and keeps what was typed again meanwhile, over the stored value', () => {
    const sentRatio = { numerator: '1', denominator: '2' };
    const settled = settleSent(
      {
        dirty: new Set(['SS.01', 'KQ.01', 'SS.03']),
        bases: { 'SS.01': value(10), 'KQ.01': value(null), 'SS.03': value(null) },
        raws: { 'SS.01': '55', 'KQ.01': { numerator: '1', denominator: '3' }, 'SS.03': 'yes' },
        explanations: { 'SS.01': '' },
      },
      new Map([
        ['SS.01', { raw: '55', explanation: '' }],
        ['KQ.01', { raw: sentRatio, explanation: '' }],
      ]),
      (code) => (code === 'KQ.01' ? value({ numerator: 1, denominator: 2 }) : value(55)),
    );
    expect([...settled.dirty].sort()).toEqual(['KQ.01', 'SS.03']);
    expect(settled.bases).toEqual({ 'KQ.01': value({ numerator: 1, denominator: 2 }), 'SS.03': value(null) });
  });
});

describe('a kept draft in another language', () => {
  it('shows its typed numbers as the console writes them now, keeping their values', () => {
    const kept: StoredDraft = {
      assessmentId: 'a',
      revision: 3,
      typed: {
        'SS.01': { raw: '72,5', explanation: '' },
        'KQ.01': { raw: { numerator: '1.234', denominator: '2.000' }, explanation: 'x' },
      },
      base: {},
      updatedAt: '2026-12-04T10:00:00Z',
      locale: 'vi',
    };
    const shown = draftInLocale(kept, nodes, 'en');
    expect(shown.typed['SS.01']?.raw).toBe('72.5');
    expect(shown.typed['KQ.01']?.raw).toEqual({ numerator: '1,234', denominator: '2,000' });
    expect(shown.locale).toBe('en');
    // A draft from before languages were kept was typed in Vietnamese.
    const { locale: _typedIn, ...older } = kept;
    expect(draftInLocale(older, nodes, 'vi')).toBe(older);
    expect(draftInLocale(older, nodes, 'en').typed['SS.01']?.raw).toBe('72.5');
  });
});
