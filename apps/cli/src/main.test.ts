import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { criteriaDir, loadCriteriaSet } from '@chiso/criteria';
import { seededRandom, syntheticInputs } from '@chiso/scoring';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { run } from './main.ts';

function chiso(...argv: string[]) {
  const lines: string[] = [];
  const code = run(argv, { line: (text = '') => lines.push(text) });
  return { code, text: lines.join('\n') };
}

const district = join(criteriaDir, '2392-qd-btttt/district.yaml');
const scratch = mkdtempSync(join(tmpdir(), 'chiso-cli-'));

/** A copy of the district set with one change, written to a scratch file. */
function changedDistrict(change: (document: any) => void): string {
  const document = parse(readFileSync(district, 'utf8'));
  change(document);
  const file = join(scratch, `district-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, stringify(document));
  return file;
}

describe('chiso criteria validate', () => {
  it('counts the valid sets in a folder', () => {
    const { code, text } = chiso('criteria', 'validate', criteriaDir);
    expect(code).toBe(0);
    expect(text).toMatch(/^\d+ sets valid$/);
  });

  it('prints each error with the node path and fails', () => {
    const broken = changedDistrict((document) => {
      document.categories[0].groups[0].criteria[2].maxPoints = 7;
    });
    const { code, text } = chiso('criteria', 'validate', broken, district);
    expect(code).toBe(1);
    expect(text).toContain('SS/SS.HT › maxPoints: maxPoints is 26 but its children add up to');
    expect(text).toMatch(/1 error in 2 files$/);
  });

  it('reports a YAML syntax error and a missing file', () => {
    const bad = join(scratch, 'bad.yaml');
    writeFileSync(bad, 'code: [unclosed\n');
    expect(chiso('criteria', 'validate', bad)).toMatchObject({
      code: 1,
      text: expect.stringContaining('(yaml)'),
    });
    expect(chiso('criteria', 'validate', join(scratch, 'nope.yaml')).code).toBe(1);
  });
});

describe('chiso criteria diff', () => {
  it('lists added, removed and changed criteria', () => {
    const after = changedDistrict((document) => {
      const infrastructure = document.categories[0].groups[0];
      infrastructure.criteria[0].name.vi = 'Tên mới';
      infrastructure.criteria[1].code = 'SS.99';
      document.version = '2020';
    });
    const { code, text } = chiso('criteria', 'diff', district, after);
    expect(code).toBe(0);
    expect(text.split('\n')).toEqual([
      'btttt-2392-district 2017 → btttt-2392-district 2020',
      '+ criterion SS/SS.HT/SS.99',
      '- criterion SS/SS.HT/SS.02',
      '~ criterion SS/SS.HT/SS.01: name',
      'criteria: 1 added, 1 removed, 1 changed',
    ]);
  });
});

describe('chiso score', () => {
  it('prints the result tree, levels with reasons, and missing inputs', () => {
    const { code, text } = chiso(
      'score',
      'btttt-2392-district',
      join(import.meta.dirname, 'fixtures/unit.json'),
    );
    expect(code).toBe(0);
    expect(text).toMatch(/^Tổng: \d+,\d\d\/150,00 điểm/m);
    expect(text).toMatch(/SS\.01 .* 1,90\/2,00/);
    expect(text).toContain('→ Không được xếp hạng — Môi trường chính sách: 0,00/22,00 điểm');
    expect(text).toMatch(/Thiếu số liệu: 157$/m);
    expect(text).toMatch(/^Không xếp hạng chung: Không được xếp hạng ở hạng mục Điều kiện sẵn sàng/m);
  });

  it('speaks English on request and prints JSON', () => {
    const english = chiso(
      'score',
      district,
      join(import.meta.dirname, 'fixtures/unit.json'),
      '--lang',
      'en',
      '--depth',
      '1',
    );
    expect(english.text).toContain('→ Not ranked — Policy environment');
    const json = JSON.parse(
      chiso('score', district, join(import.meta.dirname, 'fixtures/unit.json'), '--json').text,
    );
    expect(json.points).toBe(290);
  });

  it('scores and ranks a cohort: units not ranked in every category follow without a place', () => {
    const file = join(scratch, 'cohort.json');
    const full = syntheticInputs(loadCriteriaSet('btttt-2392-district'), {
      maturity: 1,
      random: seededRandom(1),
    });
    writeFileSync(
      file,
      JSON.stringify({
        units: [
          { unitId: 'b', inputs: {} },
          { unitId: 'a', name: 'Xã A', inputs: { 'SS.07': true } },
          { unitId: 'full', name: 'Xã Đủ', inputs: full },
        ],
      }),
    );
    const lines = chiso('score', 'btttt-2392-district', file).text.split('\n');
    expect(lines[1]).toMatch(/^ {2}1 {2}Xã Đủ +\d+,\d\d +\d+,\d\d% +SS Mức \d, KQ Mức \d$/);
    expect(lines[2]).toBe('Không xếp hạng chung (không được xếp hạng đủ các hạng mục):');
    expect(lines[3]).toMatch(/^ {2}— {2}Xã A +1,00 +0,67% +SS —/);
    expect(lines[4]).toMatch(/^ {2}— {2}b +0,00/);
    const json = JSON.parse(chiso('score', 'btttt-2392-district', file, '--json').text);
    expect(json.map((unit: any) => [unit.unitId, unit.rank, unit.notRanked.length > 0])).toEqual([
      ['full', 1, false],
      ['a', null, true],
      ['b', null, true],
    ]);
    expect(Object.values(json[1].categoryRanks)).toContain(null);
  });

  it('explains bad inputs', () => {
    const file = join(scratch, 'bad.json');
    writeFileSync(file, '{"units": 3}');
    expect(chiso('score', 'btttt-2392-district', file).code).toBe(1);
    expect(chiso('score', 'no-such-set', file)).toMatchObject({
      code: 1,
      text: 'no criteria set with code "no-such-set"',
    });
    expect(chiso('score').code).toBe(2);
  });
});

describe('the chiso command', () => {
  // Two real processes: slow on a busy 2-core machine, so the timeout is generous.
  it('runs as a process and exits non-zero on failure', { timeout: 180_000 }, () => {
    const main = join(import.meta.dirname, 'main.ts');
    const tsx = join(import.meta.dirname, '../node_modules/.bin/tsx');
    expect(execFileSync(tsx, [main, 'criteria', 'validate', criteriaDir], { encoding: 'utf8' })).toMatch(
      /sets valid/,
    );
    expect(() => execFileSync(tsx, [main, 'nonsense'], { stdio: 'pipe' })).toThrow(
      expect.objectContaining({ status: 2 }),
    );
  });

  it('runs the demo', () => {
    const { code, text } = chiso('demo');
    expect(code).toBe(0);
    expect(text).toContain('Huyện Ba Bể');
    expect(text).toMatch(/Tiêu chí mất nhiều điểm nhất/);
  });
});
