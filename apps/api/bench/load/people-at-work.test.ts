/** What the load's officers and reviewers send, turn by turn: the console's requests, in its order. */
import { describe, expect, it } from 'vitest';
import { officer, type Person, reviewer } from './people-at-work.ts';

const assessment = (id: string, status = 'DRAFT') => ({
  __typename: 'Assessment',
  id,
  status,
  revision: 1,
  version: { id: 'V1', revision: 2 },
  entries: [{ nodeCode: 'SS.01', input: 72, selfPoints: 7.2 }],
});
const payload = (field: string, data: unknown) => ({ [field]: { __typename: `${field}Payload`, data } });

/**
 * The kinds of request a person sends in `turns` turns, each answered as the API would: an opened
 * assessment in `status`, the rest by `answer` (by operation name).
 */
function run(person: Person, turns: number, status: string, answer: (operation: string) => unknown) {
  const kinds: string[] = [];
  for (let turn = 0; turn < turns; turn++) {
    const { kind, body } = person.next();
    kinds.push(kind);
    const { query, variables } = JSON.parse(body) as { query: string; variables: { id?: string } };
    const operation = /(?:query|mutation) (\w+)/.exec(query)?.[1] as string;
    const data =
      operation === 'Assessment' ? { node: assessment(variables.id as string, status) } : answer(operation);
    expect(person.answered(200, JSON.stringify({ data })).outcome).toBe('ok');
  }
  return kinds;
}

const criteria = () => ({ node: { __typename: 'CriteriaVersion', id: 'V1', revision: 2, document: {} } });

describe('people at work', () => {
  it('an officer reads a version’s document once, after their first open, and opens without it after', () => {
    const kinds = run(officer('cookie', ['A1', 'A2']), 24, 'DRAFT', (operation) =>
      operation === 'CriteriaDocument' ? criteria() : payload('saveAssessmentEntries', assessment('A1')),
    );
    expect(kinds.slice(0, 3)).toEqual(['officer open', 'officer criteria', 'officer save']);
    expect(kinds.filter((kind) => kind === 'officer open')).toHaveLength(3);
    expect(kinds.filter((kind) => kind === 'officer criteria')).toHaveLength(1);
  });

  it('a reviewer reads a version’s document once, after their first open, before adjusting', () => {
    const kinds = run(reviewer('cookie', 0, 1, 'P1'), 12, 'SUBMITTED', (operation) => {
      if (operation === 'Queue')
        return { assessments: { edges: [{ node: { id: 'A1' } }, { node: { id: 'A2' } }] } };
      if (operation === 'CriteriaDocument') return criteria();
      return payload('reviewAssessmentEntries', assessment('A1', 'SUBMITTED'));
    });
    expect(kinds).toEqual([
      'reviewer queue',
      'reviewer open',
      'reviewer criteria',
      'reviewer adjust',
      ...Array(2).fill(['reviewer queue', 'reviewer open', 'reviewer adjust']).flat(),
      'reviewer queue',
      'reviewer open',
    ]);
  });

  it('after a refusal, a person starts again from their page instead of repeating the request', () => {
    const refused = (field: string) =>
      JSON.stringify({
        data: { [field]: { __typename: 'AppError', code: 'INVALID_TRANSITION', message: 'đã duyệt' } },
      });
    const clerk = officer('cookie', ['A1']);
    run(clerk, 3, 'DRAFT', (operation) =>
      operation === 'CriteriaDocument' ? criteria() : payload('saveAssessmentEntries', assessment('A1')),
    );
    expect(clerk.next().kind).toBe('officer save');
    expect(clerk.answered(200, refused('saveAssessmentEntries')).outcome).toBe('error');
    expect(clerk.next().kind).toBe('officer open');

    const checker = reviewer('cookie', 0, 1, 'P1');
    run(checker, 3, 'SUBMITTED', (operation) =>
      operation === 'Queue' ? { assessments: { edges: [{ node: { id: 'A1' } }] } } : criteria(),
    );
    expect(checker.next().kind).toBe('reviewer adjust');
    expect(checker.answered(200, refused('reviewAssessmentEntries')).outcome).toBe('error');
    expect(checker.next().kind).toBe('reviewer queue');
  });

  it('starts again when an answer never came', () => {
    const checker = reviewer('cookie', 0, 1, 'P1');
    run(checker, 3, 'SUBMITTED', (operation) =>
      operation === 'Queue' ? { assessments: { edges: [{ node: { id: 'A1' } }] } } : criteria(),
    );
    expect(checker.next().kind).toBe('reviewer adjust');
    checker.restart();
    expect(checker.next().kind).toBe('reviewer queue');
  });
});
