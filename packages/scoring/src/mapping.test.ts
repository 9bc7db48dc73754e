import { describe, expect, it } from 'vitest';
import { correspondNodes, mappingIssues } from './mapping.ts';

const criterion = (code: string) => ({ code, kind: 'CRITERION' as const });
const group = (code: string) => ({ code, kind: 'GROUP' as const });

describe('correspondNodes', () => {
  const before = [group('G1'), criterion('C1'), criterion('C2'), criterion('C3'), criterion('C4')];
  const after = [group('G1'), criterion('C1'), criterion('N2'), criterion('N5')];

  it('matches by the same code when nothing is mapped, and lists both sides’ leftovers', () => {
    const matched = correspondNodes(before, after);
    expect(Object.fromEntries(matched.sources)).toEqual({ G1: ['G1'], C1: ['C1'], N2: [], N5: [] });
    expect(matched.unmappedBefore).toEqual(['C2', 'C3', 'C4']);
    expect(matched.unmappedAfter).toEqual(['N2', 'N5']);
    expect(matched.remapped).toEqual([]);
  });

  it('follows the mapping: renamed, merged, and explicitly without a counterpart', () => {
    const matched = correspondNodes(before, after, { C2: 'N2', C3: 'N2', C4: null, C1: 'C1' });
    expect(Object.fromEntries(matched.sources)).toEqual({ G1: ['G1'], C1: ['C1'], N2: ['C2', 'C3'], N5: [] });
    expect(matched.unmappedBefore).toEqual(['C4']);
    expect(matched.unmappedAfter).toEqual(['N5']);
    expect(matched.remapped).toEqual(['N2']);
  });

  it('counts an entry to a missing node or a node of another kind as unmapped', () => {
    const matched = correspondNodes(before, after, { C2: 'GONE', C3: 'G1' });
    expect(matched.unmappedBefore).toEqual(['C2', 'C3', 'C4']);
    expect(matched.sources.get('G1')).toEqual(['G1']);
  });
});

describe('mappingIssues', () => {
  it('names unknown codes on either side and kind mismatches', () => {
    const before = [group('G1'), criterion('C1')];
    const after = [group('G1'), criterion('N1')];
    expect(mappingIssues(Object.entries({ C1: 'N1', G1: null }), before, after)).toEqual([]);
    expect(mappingIssues(Object.entries({ X: 'N1', C1: 'Y', G1: 'N1' }), before, after)).toEqual([
      { code: 'X', side: 'from', problem: 'unknown' },
      { code: 'Y', side: 'to', problem: 'unknown' },
      { code: 'G1', side: 'to', problem: 'kind' },
    ]);
  });
});
