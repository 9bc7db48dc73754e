/**
 * The published report on the demo (Quảng Ninh 2021, districts): its model states the API's figures,
 * the DOCX carries the official header and those figures, the PDF's extracted text holds Vietnamese
 * sentences and figures, and every character it prints has a glyph in the embedded font.
 */
import { readFile } from 'node:fs/promises';
import { DEMO_PASSWORD } from '@chiso/db/seed';
import { formatPoints } from '@chiso/scoring';
import * as fontkit from 'fontkit';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  nationalAnalyst,
  startTestServer,
  type TestServer,
  testBackends,
} from '../../test/harness.ts';
import { workerJobsCompleted } from '../../workers/pool.ts';
import { gid } from '../comparisons/fixture.ts';
import { reportDocument } from './document.ts';
import { REPORT_FONTS } from './pdf.ts';
import { type PeriodReport, periodReport } from './period-report.ts';
import { unitReport } from './unit-report.ts';

const hundredths = (value: number) => Math.round(value * 100);

describe.each(await testBackends({ embeddedOnly: true }))(
  'the published report on the demo, $name',
  ({ enabled, ...backend }) => {
    let server: TestServer;
    let analyst: Client;
    let ids: { period: string; group: string };
    let raw: { period: string; group: string };
    let report: PeriodReport;
    beforeAll(async () => {
      if (!enabled) return;
      server = await startTestServer({ enabled, ...backend }, { demo: true });
      analyst = new Client(server.url);
      await analyst.signIn('analyst@chiso.local', DEMO_PASSWORD);
      const period = await server.db.period.findFirstOrThrow({ where: { code: '2021' } });
      const group = await server.db.unitGroup.findFirstOrThrow({ where: { code: 'nhom-2' } });
      raw = { period: period.id, group: group.id };
      ids = { period: gid('Period', period.id), group: gid('UnitGroup', group.id) };
      report = await periodReport(nationalAnalyst(server.db), {
        periodId: period.id,
        unitGroupId: group.id,
      });
    }, 120_000);
    afterAll(async () => {
      await server?.close();
    });

    it.skipIf(!enabled)('states the figures the API answers with', async () => {
      const api = await analyst.data(
        `query ($p: ID!, $g: ID!) {
        comparisonSummary(periodId: $p, unitGroupId: $g) {
          cohortSize rankedOverall previousPeriodCode
          categories { code ranked notRanked levels { level units } }
          blockingGroups { category groups units }
          top { unit { code } rank points } bottom { unit { code } rank points }
          risers { unit { code } before after } fallers { unit { code } before after } }
        weakestCriteria(periodId: $p, unitGroupId: $g, limit: 10) { criteria { code lost possible atZero } }
        groupRanking(periodId: $p, unitGroupId: $g, by: TOTAL) {
          cohortSize entries { unit { code } rank points notRanked } } }`,
        { p: ids.period, g: ids.group },
      );
      const summary = api.comparisonSummary;
      expect(report.rankedOverall).toBe(summary.rankedOverall);
      expect(report.cohortSize).toBe(api.groupRanking.cohortSize);
      expect(report.previousPeriod?.code ?? null).toBe(summary.previousPeriodCode);
      expect(
        report.categories.map(({ code, ranked, notRanked, levels }) => ({ code, ranked, notRanked, levels })),
      ).toEqual(summary.categories);
      expect(report.blocking.map(({ category, groups, units }) => ({ category, groups, units }))).toEqual(
        summary.blockingGroups,
      );
      const place = (m: { unit: { code: string }; rank: number | null; points: number }) => ({
        unit: { code: m.unit.code },
        rank: m.rank,
        points: m.points,
      });
      expect(report.top.map(place)).toEqual(
        summary.top.map((m: any) => ({ ...m, points: hundredths(m.points) })),
      );
      expect(report.bottom.map(place)).toEqual(
        summary.bottom.map((m: any) => ({ ...m, points: hundredths(m.points) })),
      );
      const move = (m: { unit: { code: string }; before: number; after: number }) => [
        m.unit.code,
        m.before,
        m.after,
      ];
      const moveApi = (m: any) => [m.unit.code, hundredths(m.before), hundredths(m.after)];
      expect(report.risers.map(move)).toEqual(summary.risers.map(moveApi));
      expect(report.fallers.map(move)).toEqual(summary.fallers.map(moveApi));
      expect(
        report.weakest.map(({ code, lost, possible, atZero }) => ({ code, lost, possible, atZero })),
      ).toEqual(
        api.weakestCriteria.criteria.map((c: any) => ({
          ...c,
          lost: hundredths(c.lost),
          possible: hundredths(c.possible),
        })),
      );
      expect(report.ranking.map((e) => [e.unit.code, e.rank, e.points])).toEqual(
        api.groupRanking.entries.map((e: any) => [e.unit.code, e.rank, hundredths(e.points)]),
      );
      const notRanked = api.groupRanking.entries.filter((e: any) => e.notRanked).map((e: any) => e.unit.code);
      expect(report.notRanked.map((entry) => entry.unit.code)).toEqual(notRanked);
      // The demo has units held back, so the report has reasons and recommendations to give.
      expect(notRanked.length).toBeGreaterThan(0);
      expect(report.notRanked.every((entry) => entry.reasons.length > 0)).toBe(true);
      expect(report.recommendations.length).toBeGreaterThan(0);
    });

    it.skipIf(!enabled)('downloads a DOCX with the official header and the figures', async () => {
      const response = await analyst.fetch(
        `/reports/period.docx?periodId=${encodeURIComponent(ids.period)}&unitGroupId=${encodeURIComponent(ids.group)}`,
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toContain('bao-cao-2021-nhom-2.docx');
      const zip = await JSZip.loadAsync(await response.arrayBuffer());
      const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
      const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
      const text = xml.replace(/<[^>]+>/g, '');
      const missing = [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
        'UBND TỈNH QUẢNG NINH',
        'Số: …/BC-STTTT',
        'Quảng Ninh, ngày … tháng … năm …',
        'KIẾN NGHỊ',
        `${report.ranking[0]?.unit.name}`,
        formatPoints(report.ranking[0]?.points ?? 0),
      ].filter((expected) => !text.includes(expected));
      // Checked as a list: a failure then names what is missing, not the whole document.
      expect(missing).toEqual([]);
      expect(styles).toContain('w:ascii="Times New Roman"');
    });

    it.skipIf(!enabled)('downloads a PDF whose text holds Vietnamese sentences and figures', async () => {
      const query = `periodId=${encodeURIComponent(ids.period)}&unitGroupId=${encodeURIComponent(ids.group)}`;
      // Drawn on a worker thread, so the server keeps answering meanwhile (bench:load measures /healthz).
      const before = workerJobsCompleted();
      const answer = await analyst.fetch(`/reports/period.pdf?${query}`);
      const response = Object.assign(answer, { bytes: new Uint8Array(await answer.arrayBuffer()) });
      expect(workerJobsCompleted()).toBe(before + 1);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const pdf = await getDocumentProxy(response.bytes);
      const { text } = await extractText(pdf, { mergePages: true });
      const flat = text.replace(/\s+/g, ' ');
      const top = report.top[0];
      const blocking = report.recommendations[0]?.items[0]?.vi ?? '(no recommendation)';
      const missing = [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'UBND TỈNH QUẢNG NINH',
        'XẾP HẠNG THEO TỔNG ĐIỂM',
        `${top?.unit.name}`,
        formatPoints(top?.points ?? 0),
        // A whole recommendation: a long Vietnamese sentence with vi-VN figures, across line breaks.
        blocking,
      ].filter((expected) => !flat.includes(expected));
      expect(missing).toEqual([]);
      // Signed-out callers, other formats and unpublished periods get a problem with its code.
      const code = async (response: Response) =>
        ((await response.json()) as { error: { code: string } }).error.code;
      const anonymous = await server.anonymous().fetch(`/reports/period.pdf?${query}`);
      expect([anonymous.status, await code(anonymous)]).toEqual([401, 'UNAUTHENTICATED']);
      const xls = await analyst.fetch(`/reports/period.xls?${query}`);
      expect([xls.status, await code(xls)]).toEqual([400, 'VALIDATION_FAILED']);
      const open = await server.db.period.findFirstOrThrow({ where: { code: '2022' } });
      const unpublished = await analyst.fetch(
        `/reports/period.pdf?${new URLSearchParams({ periodId: gid('Period', open.id), unitGroupId: ids.group })}`,
      );
      expect([unpublished.status, await code(unpublished)]).toEqual([404, 'NOT_FOUND']);
    });

    it.skipIf(!enabled)('reports one unit with the ranking’s figures, as DOCX', async () => {
      const held = report.notRanked[0];
      if (!held) throw new Error('the demo districts have a unit not ranked');
      const [periodId, unitGroupId] = [ids.period, ids.group];
      const api = await analyst.data(
        `query ($p: ID!, $g: ID!) { groupRanking(periodId: $p, unitGroupId: $g, by: TOTAL) {
        entries { unit { code } rank points categories { code points level rank } } } }`,
        { p: periodId, g: unitGroupId },
      );
      const entry = api.groupRanking.entries.find((e: any) => e.unit.code === held.unit.code);
      // Its plan for 2022 starts from this period: the report shows it beside the path to the next level.
      const year = await server.db.period.findFirstOrThrow({ where: { code: '2022' } });
      const district = await server.db.criteriaSet.findFirstOrThrow({
        where: { code: 'btttt-2392-district' },
      });
      await server.db.improvementPlan.create({
        data: {
          unitId: held.unit.id,
          targetPeriodId: year.id,
          basePeriodId: raw.period,
          targets: {
            create: {
              setId: district.id,
              nodeCode: 'SS.46',
              basePoints: 0,
              targetPoints: 100,
              owner: 'Văn phòng',
            },
          },
        },
      });
      const unit = await unitReport(nationalAnalyst(server.db), {
        periodId: raw.period,
        unitGroupId: raw.group,
        unitId: held.unit.id,
      });
      expect([unit.rank, unit.points]).toEqual([entry.rank, hundredths(entry.points)]);
      expect(unit.categories.map(({ code, points, level, rank }) => ({ code, points, level, rank }))).toEqual(
        entry.categories.map((c: any) => ({ ...c, points: hundredths(c.points) })),
      );
      // Its groups add up to each category's points.
      for (const category of unit.categories) {
        expect(category.groups.reduce((sum, group) => sum + group.points, 0)).toBe(category.points);
      }
      const query = new URLSearchParams({ periodId, unitGroupId, unitId: gid('Unit', held.unit.id) });
      const response = await analyst.fetch(`/reports/unit.docx?${query}`);
      expect(response.status).toBe(200);
      const zip = await JSZip.loadAsync(await response.arrayBuffer());
      const text = ((await zip.file('word/document.xml')?.async('string')) ?? '').replace(/<[^>]+>/g, '');
      const missing = [
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        held.unit.name,
        `${formatPoints(unit.points)}/${formatPoints(unit.maxPoints)}`,
        'LÝ DO KHÔNG ĐƯỢC XẾP HẠNG',
        held.reasons[0]?.vi ?? '(no reason)',
        'ĐƯỜNG NGẮN NHẤT LÊN MỨC TIẾP THEO',
        ...unit.nextLevels.map((explanation) => explanation.vi),
        'KẾ HOẠCH NÂNG ĐIỂM',
        'Kế hoạch cho kỳ 2022 (đang soạn): 1 chỉ tiêu',
      ].filter((expected) => !text.includes(expected));
      expect(unit.nextLevels.length).toBeGreaterThan(0);
      expect(missing).toEqual([]);
    });

    it.skipIf(!enabled)('has a glyph for every character of the report in each embedded font', async () => {
      const characters = new Set(
        JSON.stringify([reportDocument(report, 'vi'), reportDocument(report, 'en')]),
      );
      for (const file of Object.values(REPORT_FONTS)) {
        const font = fontkit.create(await readFile(file)) as fontkit.Font;
        const missing = [...characters].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0));
        expect(missing, file).toEqual([]);
      }
    });
  },
);
