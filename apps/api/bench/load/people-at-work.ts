/**
 * What each simulated person does, one request at a time with no pause (a connection of the load):
 * - an officer opens their unit's assessment and saves a few entries again and again, each save with
 *   the revision the last answer gave (a CONFLICT answer is expected now and then, and counted apart);
 * - a reviewer reads the review queue, opens an assessment of their share of it, adjusts points and
 *   now and then approves it;
 * - both, one browser each, read a criteria version's document once, after the first assessment on it
 *   opens (the console keeps it: useCriteriaDocument), and open every assessment without it;
 * - an analyst reads the published comparisons in turn (the response cache answers them until an
 *   admin's edit invalidates it).
 * Each person tells how an answer went: ok, a conflict, or an error. After an error, or an answer that
 * never came, a person starts again from their page's first request, as someone reloading would:
 * repeating the failed request would fail again for the rest of the run (a reviewer approving an
 * assessment already approved).
 */
import type { Operation } from '../api/operations.ts';
import { APPROVE, ASSESSMENT, CRITERIA_DOCUMENT, QUEUE, REVIEW, SAVE_ENTRIES } from './documents.ts';

export type Outcome = 'ok' | 'conflict' | 'error';

interface Request {
  /** What it is, for the breakdown: "officer save", "analyst province ranking"… */
  kind: string;
  body: string;
}

export interface Person {
  cookie: string;
  /** Sent as accept-encoding, as a browser or dashboard does; none for those who read every answer. */
  acceptEncoding?: string;
  next(): Request;
  /**
   * The answer to the last request (`encoding`: its content-encoding); `problem` describes an error
   * for the report.
   */
  answered(status: number, body: string, encoding?: string): { outcome: Outcome; problem?: string };
  /** The last request's answer never came (its connection closed, or the run ended first): start again. */
  restart(): void;
}

interface Entry {
  nodeCode: string;
  input: unknown;
  selfPoints: number | null;
}
interface Detail {
  id: string;
  status: string;
  revision: number;
  version: { id: string };
  entries: Entry[];
}

/** A GraphQL answer read: its data, or the error it is (`CONFLICT` kept apart). */
function read(status: number, body: string, field?: string) {
  if (status !== 200) return { problem: `HTTP ${status}: ${body.slice(0, 200)}` } as const;
  const answer = JSON.parse(body) as { data?: Record<string, unknown>; errors?: Array<{ message: string }> };
  if (answer.errors?.length || !answer.data)
    return { problem: answer.errors?.[0]?.message ?? 'no data' } as const;
  if (!field) return { data: answer.data } as const;
  const result = answer.data[field] as {
    __typename: string;
    code?: string;
    message?: string;
    data?: unknown;
  };
  if (result.__typename === 'AppError') {
    return result.code === 'CONFLICT'
      ? ({ conflict: true } as const)
      : ({ problem: `${result.code}: ${result.message}` } as const);
  }
  return { data: result.data as Record<string, unknown> } as const;
}

const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

/**
 * The criteria documents one browser keeps: read once per version (`who criteria` in the breakdown,
 * apart from the opens), as the console does.
 */
function keptDocuments(who: string) {
  const kept = new Set<string>();
  return {
    has: (versionId: string) => kept.has(versionId),
    request: (versionId: string): Request => ({
      kind: `${who} criteria`,
      body: body(CRITERIA_DOCUMENT, { id: versionId }),
    }),
    /** A `CriteriaDocument` answer's data. */
    keep: (data: Record<string, unknown>) => kept.add((data.node as { id: string }).id),
  };
}

/** Saves this many times before turning to the unit's other assessment (and opening it again). */
const SAVES_PER_VISIT = 10;

export function officer(cookie: string, assessmentIds: readonly string[]): Person {
  let visit = 0;
  let saves = 0;
  let detail: Detail | null = null;
  const documents = keptDocuments('officer');
  let asked: 'open' | 'criteria' | 'save' = 'open';
  return {
    cookie,
    next() {
      if (!detail || saves >= SAVES_PER_VISIT) {
        asked = 'open';
        saves = 0;
        const id = assessmentIds[visit++ % assessmentIds.length] as string;
        return { kind: 'officer open', body: body(ASSESSMENT, { id }) };
      }
      if (!documents.has(detail.version.id)) {
        asked = 'criteria';
        return documents.request(detail.version.id);
      }
      asked = 'save';
      saves++;
      // One to three of the filled entries, their values again and a new explanation: a real write
      // (revision, entries, audit) that keeps every value valid whatever its rule.
      const filled = detail.entries.filter((entry) => entry.input !== null);
      const start = (saves * 7) % Math.max(filled.length, 1);
      const chosen = (filled.length > 0 ? filled : detail.entries).slice(start, start + 1 + (saves % 3));
      const entries = chosen.map((entry) => ({
        nodeCode: entry.nodeCode,
        input: entry.input,
        explanation: `Số liệu cập nhật lần ${saves} (kiểm tra tải)`,
      }));
      return {
        kind: 'officer save',
        body: body(SAVE_ENTRIES, { input: { id: detail.id, revision: detail.revision, entries } }),
      };
    },
    answered(status, text) {
      const answer = read(status, text, asked === 'save' ? 'saveAssessmentEntries' : undefined);
      if (!('data' in answer)) detail = null;
      if ('problem' in answer) return { outcome: 'error', problem: `officer ${asked}: ${answer.problem}` };
      if ('conflict' in answer) return { outcome: 'conflict' };
      if (asked === 'criteria') documents.keep(answer.data);
      else detail = (asked === 'open' ? answer.data.node : answer.data) as Detail;
      return { outcome: 'ok' };
    },
    restart() {
      detail = null;
    },
  };
}

/** Reviews between approvals: most visits adjust, one in this many also approves. */
const APPROVE_EVERY = 10;
/** The console's page of an assessment list. */
const QUEUE_PAGE = 50;

/** A stable share of the queue: reviewer `index` of `count` takes the assessments hashing to it. */
function share(id: string, count: number): number {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return hash % count;
}

export function reviewer(cookie: string, index: number, count: number, periodId: string): Person {
  type Step = 'queue' | 'open' | 'criteria' | 'review' | 'approve';
  let step: Step = 'queue';
  let asked: Step = step;
  let mine: string[] = [];
  let detail: Detail | null = null;
  let reviews = 0;
  const documents = keptDocuments('reviewer');
  // Approved by now (another tab, an earlier visit): back to the queue.
  const afterOpen = (opened: Detail): Step =>
    opened.status === 'SUBMITTED' && opened.entries.some((e) => e.selfPoints !== null) ? 'review' : 'queue';
  return {
    cookie,
    next() {
      asked = step;
      if (step === 'queue' || (step === 'open' && mine.length === 0)) {
        asked = 'queue';
        return { kind: 'reviewer queue', body: body(QUEUE, { periodId, first: QUEUE_PAGE }) };
      }
      if (step === 'open') {
        const id = mine[reviews % mine.length] as string;
        return { kind: 'reviewer open', body: body(ASSESSMENT, { id }) };
      }
      const current = detail as Detail;
      if (step === 'criteria') return documents.request(current.version.id);
      if (step === 'approve') {
        return {
          kind: 'reviewer approve',
          body: body(APPROVE, { input: { id: current.id, revision: current.revision } }),
        };
      }
      reviews++;
      const scored = current.entries.filter((entry) => entry.selfPoints !== null);
      const start = (reviews * 5) % Math.max(scored.length, 1);
      // Within [0, the node's maximum]: the unit's own points, or 90 % of them, in turn.
      const adjustments = scored.slice(start, start + 1 + (reviews % 2)).map((entry) => ({
        nodeCode: entry.nodeCode,
        points: reviews % 2 ? Math.floor((entry.selfPoints as number) * 90) / 100 : entry.selfPoints,
        comment: 'Điều chỉnh theo minh chứng đã nộp (kiểm tra tải)',
      }));
      return {
        kind: 'reviewer adjust',
        body: body(REVIEW, { input: { id: current.id, revision: current.revision, adjustments } }),
      };
    },
    answered(status, text) {
      const field = {
        queue: undefined,
        open: undefined,
        criteria: undefined,
        review: 'reviewAssessmentEntries',
        approve: 'approveAssessment',
      }[asked];
      const answer = read(status, text, field);
      if (!('data' in answer)) step = 'queue';
      if ('problem' in answer) return { outcome: 'error', problem: `reviewer ${asked}: ${answer.problem}` };
      if ('conflict' in answer) return { outcome: 'conflict' };
      if (asked === 'queue') {
        const edges = (answer.data.assessments as { edges: Array<{ node: { id: string } }> }).edges;
        mine = edges.map(({ node }) => node.id).filter((id) => share(id, count) === index);
        step = 'open';
      } else if (asked === 'open') {
        detail = answer.data.node as Detail;
        step = documents.has(detail.version.id) ? afterOpen(detail) : 'criteria';
      } else if (asked === 'criteria') {
        documents.keep(answer.data);
        step = afterOpen(detail as Detail);
      } else if (asked === 'review') {
        detail = answer.data as unknown as Detail;
        step = reviews % APPROVE_EVERY === 0 ? 'approve' : 'queue';
      } else {
        step = 'queue';
      }
      return { outcome: 'ok' };
    },
    restart() {
      step = 'queue';
    },
  };
}

export function analyst(cookie: string, operations: readonly Operation[], start: number): Person {
  let turn = start;
  return {
    cookie,
    // Browsers and dashboards accept gzip, and cached answers are sent gzipped to them (cache/fast-path.ts).
    acceptEncoding: 'gzip',
    next() {
      const operation = operations[turn++ % operations.length] as Operation;
      return { kind: `analyst ${operation.name}`, body: body(operation.query, operation.variables) };
    },
    answered(status, text, encoding) {
      // Only the response cache compresses, and it keeps answers without errors only: a gzipped 200 is
      // one of those (autocannon joins a body as text, so a gzipped one cannot be read here).
      if (encoding === 'gzip')
        return status === 200 ? { outcome: 'ok' } : { outcome: 'error', problem: `HTTP ${status}` };
      const answer = read(status, text);
      return 'problem' in answer
        ? { outcome: 'error', problem: `analyst: ${answer.problem}` }
        : { outcome: 'ok' };
    },
    // Each request stands alone.
    restart() {},
  };
}
