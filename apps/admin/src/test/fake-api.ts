import { vi } from 'vitest';
import { sampleDocument } from './sample-set.ts';

/** One request the console sent, as the fake API read it. */
interface SentRequest {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

type Handler = (variables: Record<string, unknown>) => unknown;

/**
 * A stand-in for the API behind the console's real urql client (`createApiClient`, its document cache
 * included): `fetch` is replaced, each operation is answered by its handler (the `data` of a GraphQL
 * answer), and every request is kept to look at. Answers carry `__typename`s as the API's would, so the
 * document cache sees what it sees in a browser.
 */
export function fakeApi(handlers: Record<string, Handler>) {
  const sent: SentRequest[] = [];
  const fetch = vi.fn(async (_url: unknown, init?: { body?: unknown }) => {
    const body = JSON.parse(String(init?.body)) as SentRequest;
    const request = {
      operationName: body.operationName,
      query: body.query,
      variables: body.variables ?? {},
    };
    sent.push(request);
    const handler = handlers[request.operationName];
    const payload = handler
      ? { data: handler(request.variables) }
      : { errors: [{ message: `no handler for ${request.operationName}` }] };
    return new Response(JSON.stringify(payload), { headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return {
    sent,
    /** The requests of one operation, by name. */
    named: (name: string) => sent.filter((request) => request.operationName === name),
    restore: () => vi.unstubAllGlobals(),
  };
}

/** An assessment entry as the API answers it. */
export const entry = (nodeCode: string, input: unknown, fields: Record<string, unknown> = {}) => ({
  __typename: 'AssessmentEntry',
  nodeCode,
  input,
  explanation: null,
  hasEvidence: false,
  selfPoints: null,
  reviewedPoints: null,
  reviewerComment: null,
  updatedAt: '2024-03-01T08:00:00.000Z',
  ...fields,
});

/**
 * An assessment of the sample criteria set as the API answers the entry and review pages (their
 * `Assessment` query and their mutations): without its version's document (`criteriaDocument`).
 */
export function assessmentState(fields: Record<string, unknown> = {}) {
  return {
    __typename: 'Assessment',
    id: 'A1',
    status: 'DRAFT',
    revision: 1,
    selfPoints: 0,
    reviewedPoints: null,
    submittedAt: null,
    approvedAt: null,
    returnReason: null,
    dueOn: null,
    overdue: false,
    period: {
      __typename: 'Period',
      id: 'P1',
      code: '2024',
      name: 'Năm 2024',
      status: 'OPEN',
      submissionDue: null,
    },
    unit: { __typename: 'Unit', id: 'U1', name: 'UBND xã Thử Nghiệm' },
    unitGroup: { __typename: 'UnitGroup', id: 'G1', name: 'Khối xã', nameEn: 'Communes' },
    version: {
      __typename: 'CriteriaVersion',
      id: 'V1',
      revision: 2,
      version: '1',
      set: {
        __typename: 'CriteriaSet',
        code: 'sample',
        name: { __typename: 'LocalizedText', vi: 'Bộ mẫu', en: 'Sample set' },
      },
    },
    entries: [],
    ...fields,
  };
}

/** The assessment's version as the `CriteriaDocument` query answers it: the sample criteria set. */
export const criteriaDocument = () => ({
  node: { __typename: 'CriteriaVersion', id: 'V1', revision: 2, document: sampleDocument },
});

/** The signed-in person (`me`), with the unit they are bound to. */
export const me = (role: string) => ({
  me: {
    __typename: 'User',
    id: 'me',
    name: 'Người thử',
    email: 'thu@chiso.local',
    role,
    locale: 'vi',
    mustChangePassword: false,
    province: null,
    units: [{ __typename: 'Unit', id: 'U1', name: 'UBND xã Thử Nghiệm' }],
  },
});

/** The assessment's evidence: none. */
export const noEvidence = () => ({
  node: { __typename: 'Assessment', id: 'A1', evidence: { __typename: 'EvidenceConnection', edges: [] } },
});
