import { describe, expect, it } from 'vitest';
import { missingExplanations } from './evidence.ts';

const node = (code: string, required?: boolean) => ({
  code,
  node: { code, ...(required === undefined ? {} : { evidence: { required } }) } as never,
});

describe('missingExplanations', () => {
  it('lists required-evidence criteria with neither evidence nor explanation', () => {
    const nodes = [node('A', true), node('B', true), node('C', true), node('D', false), node('E')];
    const counts: Record<string, number> = { B: 1 };
    expect(missingExplanations(nodes, (code) => counts[code] ?? 0, { C: 'Đã giải trình', A: '  ' })).toEqual([
      'A',
    ]);
  });
});
