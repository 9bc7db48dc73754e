/**
 * Entries from a filled workbook: a dry run that lists, per unit, what would change (old → new)
 * and every problem — a cell's value the rule kind refuses (`Sheet!F12: …`), a unit the viewer may
 * not edit, an assessment already submitted or changed since the template was downloaded — and,
 * when asked and only when there is no problem at all, the changes written in one transaction
 * with the revision checks, audited like saved entries.
 */
import { type AssessmentStatus, type EntryRow, type EntryValues, replaceEntries, type Tx } from '@chiso/db';
import { type CriteriaSet, checkRuleInput, type LocalizedText } from '@chiso/scoring';
import { type AuditEntry, auditMany } from '../audit.ts';
import type { Context } from '../context.ts';
import { AppError, conflict, forbidden, type Message } from '../errors.ts';
import { ASSESSMENT } from '../services/assessments/access.ts';
import { loadCriteria } from '../services/assessments/criteria.ts';
import { pointsByCode, scoreEntries } from '../services/assessments/score.ts';
import { statusName } from '../services/assessments/transitions.ts';
import { assertWithinDeadline } from '../services/periods/deadlines.ts';
import { valueText } from './entry-cells.ts';
import type { MetaRow } from './layout.ts';
import {
  type CellValueRead,
  openEntriesWorkbook,
  placed,
  readAssessmentValues,
  type WorkbookProblem,
} from './read-entries.ts';
import { EDITABLE } from './template.ts';

interface EntryChange {
  nodeCode: string;
  name: LocalizedText;
  /** Where the new value was read: `Sheet!F12`. */
  cells: string[];
  before: Message | null;
  after: Message | null;
}

interface UnitChanges {
  assessmentId: string;
  unitCode: string;
  unitName: string;
  sheet: string;
  status: AssessmentStatus;
  changes: EntryChange[];
}

export interface EntriesImport {
  applied: boolean;
  units: UnitChanges[];
  problems: WorkbookProblem[];
}

interface Planned {
  meta: MetaRow;
  assessment: Awaited<ReturnType<typeof loadAssessments>>[number];
  report: UnitChanges;
  inputs: Map<string, unknown>;
}

/** The assessments with their stored inputs, and each version's document once (not once per row). */
async function loadAssessments(context: Context, ids: string[]) {
  const rows = await context.db.assessment.findMany({
    where: { id: { in: ids } },
    include: {
      unit: { select: { code: true, name: true } },
      version: { select: { id: true, revision: true } },
      entries: { select: { nodeCode: true, input: true } },
    },
  });
  const sets = new Map<string, CriteriaSet>();
  for (const { version } of rows)
    if (!sets.has(version.id)) sets.set(version.id, await loadCriteria(context.db, version));
  return rows.map((row) => ({ ...row, set: sets.get(row.versionId) as CriteriaSet }));
}

export async function importEntriesWorkbook(
  context: Context,
  content: Buffer,
  { apply }: { apply: boolean },
): Promise<EntriesImport> {
  const { viewer } = context;
  if (viewer.kind !== 'user' || (viewer.role !== 'ADMIN' && viewer.role !== 'UNIT_OFFICER'))
    throw forbidden();
  const book = await openEntriesWorkbook(content);
  const assessments = new Map(
    (await loadAssessments(context, [...new Set(book.assessments.map((row) => row.assessmentId))])).map(
      (row) => [row.id, row],
    ),
  );
  const problems: WorkbookProblem[] = [];
  const planned: Planned[] = [];
  const seen = new Set<string>();
  for (const meta of book.assessments) {
    const assessment = assessments.get(meta.assessmentId);
    if (!assessment || seen.has(meta.assessmentId)) {
      problems.push(
        placed(meta.sheet, assessment ? 'WORKBOOK_UNIT_TWICE' : 'WORKBOOK_ASSESSMENT_NOT_FOUND', {
          vi: assessment
            ? `đơn vị ${meta.unitCode} có hai lần trong tệp.`
            : 'không tìm thấy phiếu đánh giá của trang này.',
          en: assessment
            ? `unit ${meta.unitCode} appears twice in the file.`
            : "this sheet's assessment was not found.",
        }),
      );
      continue;
    }
    seen.add(meta.assessmentId);
    const unitName = assessment.unit.name;
    // Who before what: another unit's values are neither checked nor shown.
    if (viewer.role !== 'ADMIN' && !viewer.unitIds.includes(assessment.unitId)) {
      problems.push(
        placed(unitName, 'FORBIDDEN', {
          vi: 'bạn không có quyền nhập số liệu cho đơn vị này.',
          en: 'you are not allowed to enter figures for this unit.',
        }),
      );
      continue;
    }
    const read = readAssessmentValues(book, meta, assessment.set);
    // A matrix sheet's column problems come with each of its rows: say them once.
    for (const problem of read.problems)
      if (!problems.some((known) => known.at === problem.at && known.code === problem.code))
        problems.push(problem);
    const stored = new Map(assessment.entries.map((entry) => [entry.nodeCode, entry.input]));
    const report: UnitChanges = {
      assessmentId: assessment.id,
      unitCode: assessment.unit.code,
      unitName,
      sheet: meta.sheet,
      status: assessment.status,
      changes: [],
    };
    const inputs = new Map<string, unknown>();
    for (const value of read.values) {
      const problem = value.input === null ? undefined : cellProblem(value);
      if (problem) {
        problems.push(problem);
        continue;
      }
      const before = stored.get(value.nodeCode) ?? null;
      if (sameInput(before, value.input)) continue;
      inputs.set(value.nodeCode, value.input);
      report.changes.push({
        nodeCode: value.nodeCode,
        name: value.node.name,
        cells: value.cells,
        before: before === null ? null : both((lang) => valueText(value.node, before, lang)),
        after: value.input === null ? null : both((lang) => valueText(value.node, value.input, lang)),
      });
    }
    if (report.changes.length > 0) problems.push(...(await unitProblems(context, assessment, meta)));
    planned.push({ meta, assessment, report, inputs });
  }
  const units = planned.map((plan) => plan.report);
  if (!apply || problems.length > 0) return { applied: false, units, problems };
  await write(
    context,
    planned.filter((plan) => plan.inputs.size > 0),
  );
  return { applied: true, units, problems };
}

const both = (text: (lang: 'vi' | 'en') => string): Message => ({ vi: text('vi'), en: text('en') });

/** The rule kind's own problem, placed at the cell at fault (a ratio's numerator or denominator). */
function cellProblem({ node, input, cells }: CellValueRead): WorkbookProblem | undefined {
  const problem = checkRuleInput(node.rule, input, { max: node.max });
  if (!problem) return undefined;
  const cell = (problem.field === 'denominator' ? cells[1] : cells[0]) ?? cells[0] ?? node.code;
  return placed(cell, problem.code, {
    vi: `${node.code}: ${problem.messages.vi}`,
    en: `${node.code}: ${problem.messages.en}`,
  });
}

/** Why a unit with changes cannot take them: its status, a newer revision, its deadline. */
async function unitProblems(
  context: Context,
  assessment: Planned['assessment'],
  meta: MetaRow,
): Promise<WorkbookProblem[]> {
  const name = assessment.unit.name;
  if (!EDITABLE.includes(assessment.status)) {
    const status = statusName(assessment.status);
    return [
      placed(name, 'INVALID_TRANSITION', {
        vi: `phiếu đang ở trạng thái "${status.vi}", không nhập số liệu được (chỉ khi "đang soạn" hoặc "bị trả lại").`,
        en: `the assessment is ${status.en} and cannot take figures (only when draft or returned).`,
      }),
    ];
  }
  if (assessment.revision !== meta.revision) {
    return [
      placed(name, 'CONFLICT', {
        vi: 'phiếu đã được sửa sau khi tải mẫu này: hãy tải mẫu mới và nhập lại.',
        en: 'the assessment was changed after this template was downloaded: download a new template and fill it in again.',
      }),
    ];
  }
  try {
    await assertWithinDeadline(context.db, context.viewer, assessment);
  } catch (error) {
    if (error instanceof AppError) return [placed(name, error.code, lowerFirst(error.messages))];
    throw error;
  }
  return [];
}

const lowerFirst = (messages: Message): Message => ({
  vi: messages.vi.charAt(0).toLowerCase() + messages.vi.slice(1),
  en: messages.en.charAt(0).toLowerCase() + messages.en.slice(1),
});

/** Same value whatever the order of an object's keys ({ numerator, denominator }). */
function sameInput(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value);
  const entries = Object.entries(value as Record<string, unknown>).sort(([x], [y]) => x.localeCompare(y));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
}

/**
 * One transaction for the whole workbook: every assessment's revision is claimed as the template
 * read it, all at once (a concurrent save makes it CONFLICT and nothing is written), then the
 * changed entries are replaced and audited — a handful of statements whatever the number of units.
 */
async function write(context: Context, plans: Planned[]) {
  if (plans.length === 0) return;
  await context.db.$transaction(
    async (tx) => {
      const ids = plans.map((plan) => plan.assessment.id);
      const current = await tx.assessmentEntry.findMany({ where: { assessmentId: { in: ids } } });
      const byAssessment = new Map<string, typeof current>();
      for (const entry of current) {
        const list = byAssessment.get(entry.assessmentId);
        if (list) list.push(entry);
        else byAssessment.set(entry.assessmentId, [entry]);
      }
      const rows: EntryRow[] = [];
      const claims: Array<{ id: string; revision: number; selfPoints: number }> = [];
      const audits: AuditEntry[] = [];
      for (const { assessment, meta, inputs } of plans) {
        const before = byAssessment.get(assessment.id) ?? [];
        const merged = new Map<string, EntryValues>(before.map((entry) => [entry.nodeCode, entry]));
        for (const [nodeCode, input] of inputs)
          merged.set(nodeCode, { ...merged.get(nodeCode), nodeCode, input });
        const result = scoreEntries(assessment.set, [...merged.values()], { reviewed: false });
        const points = pointsByCode(result);
        claims.push({ id: assessment.id, revision: meta.revision, selfPoints: result.points });
        const stored = new Map(before.map((entry) => [entry.nodeCode, entry]));
        const written = [...inputs].map(([nodeCode, input]) => {
          const entry = stored.get(nodeCode);
          return {
            assessmentId: assessment.id,
            nodeCode,
            input,
            selfPoints: input === null ? null : (points.get(nodeCode) ?? 0),
            reviewedPoints: entry?.reviewedPoints ?? null,
            explanation: entry?.explanation ?? null,
            reviewerComment: entry?.reviewerComment ?? null,
          };
        });
        rows.push(...written);
        audits.push({
          action: 'assessment.importEntries',
          entityType: 'Assessment',
          entityId: assessment.id,
          before: {
            revision: meta.revision,
            selfPoints: assessment.selfPoints,
            entries: before.filter((entry) => inputs.has(entry.nodeCode)),
          },
          after: {
            revision: meta.revision + 1,
            selfPoints: result.points,
            entries: written,
          },
        });
      }
      await claimRevisions(tx, claims);
      await replaceEntries(tx, rows);
      await auditMany(tx, context, audits);
    },
    { timeout: 120_000 },
  );
}

/** Every assessment moves from the revision its template read to the next, or none does (CONFLICT). */
async function claimRevisions(tx: Tx, claims: Array<{ id: string; revision: number; selfPoints: number }>) {
  const claimed = await tx.$executeRawUnsafe(
    `UPDATE "Assessment" AS a SET "revision" = a."revision" + 1, "selfPoints" = v.points,
       "updatedAt" = CURRENT_TIMESTAMP
     FROM unnest($1::text[], $2::int[], $3::int[]) AS v(id, revision, points)
     WHERE a.id = v.id AND a.revision = v.revision`,
    claims.map((claim) => claim.id),
    claims.map((claim) => claim.revision),
    claims.map((claim) => claim.selfPoints),
  );
  if (claimed !== claims.length) throw conflict(ASSESSMENT);
}
