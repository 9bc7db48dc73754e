import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { type CriteriaSet, score, syntheticInputs, walkSet } from '@chiso/scoring';
import { describe, expect, it } from 'vitest';
import { criteriaDir, findCriteriaFiles } from './files.ts';
import { loadCriteriaSets } from './load.ts';
import { readCriteriaFile } from './read.ts';
import { schemaFile, schemaText } from './schema.ts';

/** What each shipped file must hold: the totals its sources state. */
const expected: Record<string, { points: number; criteria?: number; categories?: Record<string, number> }> = {
  '2392-qd-btttt/district.yaml': { points: 150, criteria: 150 },
  '2392-qd-btttt/commune.yaml': { points: 90, categories: { SS: 30, KQ: 60 } },
  '268-kh-ubnd-quang-ninh/provincial-agency.yaml': { points: 100 },
  '268-kh-ubnd-quang-ninh/district-supplement.yaml': { points: 25 },
  '922-qd-btttt/province.yaml': { points: 1000, criteria: 98, categories: { NT: 500, HD: 500 } },
};

const sets = loadCriteriaSets();
const byFile = new Map(sets.map(({ file, set }) => [relative(criteriaDir, file), set]));
const criteriaOf = (set: CriteriaSet) => [...walkSet(set)].filter((node) => node.kind === 'criterion');

describe('criteria files', () => {
  it('are all present and valid', () => {
    expect([...byFile.keys()].sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [file, totals] of Object.entries(expected)) {
    describe(file, () => {
      const set = byFile.get(file) as CriteriaSet;

      it('has the stated totals', () => {
        expect(set.maxPoints).toBe(totals.points);
        if (totals.criteria) expect(criteriaOf(set)).toHaveLength(totals.criteria);
        for (const [code, points] of Object.entries(totals.categories ?? {})) {
          expect(set.categories.find((category) => category.code === code)?.maxPoints).toBe(points);
        }
      });

      it('says where it comes from and whether it is the official list', () => {
        expect(set.source.document).toMatch(/\//);
        if (set.source.status === 'reconstructed') expect(set.source.note?.vi).toBeTruthy();
        expect(readFileSync(`${criteriaDir}/${file}`, 'utf8')).toMatch(/^# yaml-language-server: \$schema=/);
      });

      it('gives every criterion a name in both languages, a rule and an evidence requirement', () => {
        for (const { node, path } of criteriaOf(set)) {
          const scored = 'indicators' in node && node.indicators ? node.indicators : [node];
          for (const part of scored) {
            expect(part.name.vi, path).not.toBe(part.name.en);
            expect('rule' in part && part.rule, path).toBeTruthy();
            expect('evidence' in part && part.evidence, path).toBeTruthy();
          }
        }
      });

      it('scores full marks for perfect inputs and 0 for none', () => {
        const full = syntheticInputs(set, { maturity: 1 });
        const best = Object.fromEntries(Object.keys(full).map((code) => [code, 1000]));
        expect(score(set, full, { cohortBest: best })).toMatchObject({
          points: set.maxPoints * 100,
          findings: [],
        });
        expect(score(set, syntheticInputs(set, { maturity: 0 }), { cohortBest: best }).points).toBe(0);
        const empty = score(set, {});
        expect(empty.points).toBe(0);
        expect(empty.missing.length).toBe(Object.keys(full).length);
      });
    });
  }

  it('2392 sets use the readiness and results structure with levels Mức 1–4', () => {
    for (const file of ['2392-qd-btttt/district.yaml', '2392-qd-btttt/commune.yaml']) {
      const set = byFile.get(file) as CriteriaSet;
      expect(set.categories.map((category) => category.code)).toEqual(['SS', 'KQ']);
      expect(set.categories[0]?.groups.map((group) => group.code)).toEqual(['SS.HT', 'SS.NL', 'SS.CS']);
      expect(set.categories[1]?.groups.map((group) => group.code)).toEqual([
        'KQ.HD',
        'KQ.TT',
        'KQ.GD',
        'KQ.CD',
      ]);
      for (const category of set.categories)
        expect(category.levels.map((level) => level.level)).toEqual([1, 2, 3, 4]);
      const readiness4 = set.categories[0]?.levels[3]?.conditions;
      expect(readiness4).toContainEqual({
        kind: 'combinedShare',
        groups: ['SS.HT', 'SS.NL'],
        minPercent: 70,
      });
    }
  });

  it('the provincial supplement names the ministry set it is scored alongside', () => {
    const supplement = byFile.get('268-kh-ubnd-quang-ninh/district-supplement.yaml') as CriteriaSet;
    expect(supplement.supplements).toBe('btttt-2392-district');
    expect(criteriaOf(supplement).length).toBeGreaterThanOrEqual(21);
  });

  it('the JSON Schema for editors matches the model (run `pnpm --filter @chiso/criteria schema`)', () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(schemaText());
  });

  it('reports a broken file with the node path, not a stack trace', () => {
    const broken = readCriteriaFile(`${criteriaDir}/src/fixtures/broken.yaml`);
    expect(broken.ok).toBe(false);
    expect(broken.ok ? [] : broken.issues).toContainEqual({
      path: 'SS/SS.HT/SS.01',
      field: 'rule.kind',
      code: 'VALUE_NOT_ALLOWED',
      messages: {
        vi: expect.stringMatching(/^Chỉ nhận một trong: yesNo, ratio, /),
        en: expect.stringMatching(/^Must be one of: yesNo, ratio, /),
      },
    });
  });

  it('finds only YAML files', () => {
    expect(findCriteriaFiles().every((file) => /\.ya?ml$/.test(file))).toBe(true);
  });
});
