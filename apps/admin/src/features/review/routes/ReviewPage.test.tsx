import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assessmentState, criteriaDocument, entry, fakeApi, me, noEvidence } from '../../../test/fake-api.ts';
import { renderPage } from '../../../test/render-page.tsx';
import ReviewPage from './ReviewPage.tsx';

/** Long enough for a refetch the document cache would start after an answer to have been sent. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

const submitted = {
  status: 'SUBMITTED',
  revision: 4,
  selfPoints: 7.2,
  submittedAt: '2024-03-02T08:00:00.000Z',
  entries: [entry('SS.01', 72, { selfPoints: 7.2 })],
};

describe('ReviewPage', () => {
  let api: ReturnType<typeof fakeApi>;
  afterEach(() => {
    api.restore();
    vi.restoreAllMocks();
  });

  it('an adjustment and an approval answer without the criteria document; the page shows their answers and never reads the document again', async () => {
    api = fakeApi({
      Me: () => me('REVIEWER'),
      Assessment: () => ({ node: assessmentState(submitted) }),
      CriteriaDocument: criteriaDocument,
      AssessmentEvidence: noEvidence,
      Review: () => ({
        reviewAssessmentEntries: {
          __typename: 'ReviewAssessmentEntriesPayload',
          data: assessmentState({
            ...submitted,
            revision: 5,
            reviewedPoints: 5,
            entries: [
              entry('SS.01', 72, { selfPoints: 7.2, reviewedPoints: 5, reviewerComment: 'Thiếu minh chứng' }),
            ],
          }),
        },
      }),
      Approve: () => ({
        approveAssessment: {
          __typename: 'ApproveAssessmentPayload',
          data: assessmentState({
            ...submitted,
            status: 'APPROVED',
            revision: 6,
            reviewedPoints: 5,
            approvedAt: '2024-03-03T08:00:00.000Z',
            entries: [
              entry('SS.01', 72, { selfPoints: 7.2, reviewedPoints: 5, reviewerComment: 'Thiếu minh chứng' }),
            ],
          }),
        },
      }),
    });
    renderPage('/review/:id', '/review/A1', <ReviewPage />);
    const row = () => document.querySelector('[data-code="SS.01"]')?.parentElement as HTMLElement;
    await screen.findByTestId('points-SS.01');
    expect(screen.getByTestId('points-SS.01').textContent).toBe('7,20 / 10,00');
    await settle();
    const before = api.sent.length;

    fireEvent.change(within(row()).getByRole('textbox', { name: 'Điểm thẩm định' }), {
      target: { value: '5' },
    });
    fireEvent.change(within(row()).getByRole('textbox', { name: 'Ý kiến' }), {
      target: { value: 'Thiếu minh chứng' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu 1 điều chỉnh' }));
    await screen.findByText('Đã lưu 1 điều chỉnh.');
    await settle();
    // The adjustment was the only request: no refetch of the page, its evidence or the session.
    expect(api.sent.slice(before).map((request) => request.operationName)).toEqual(['Review']);
    const [review] = api.named('Review');
    expect(review?.variables).toMatchObject({ input: { id: 'A1', revision: 4 } });
    expect(review?.query).not.toMatch(/\bdocument\b/);
    // The answer is what shows: the reviewed points and comment, scored on the tree read when the page opened.
    expect(within(row()).getByText(/Thiếu minh chứng/).textContent).toMatch(/Thẩm định: 5,00/);
    expect(screen.getByTestId('points-SS.01').textContent).toBe('5,00 / 10,00');
    expect(screen.getByTestId('total-points').textContent).toBe('5,00');

    vi.spyOn(window, 'confirm').mockReturnValue(true);
    fireEvent.click(screen.getByRole('button', { name: 'Duyệt phiếu' }));
    await screen.findByText('Đã duyệt phiếu.');
    await settle();
    const [approve] = api.named('Approve');
    // The approval went with the revision the adjustment's answer gave, and answered without the document.
    expect(approve?.variables).toMatchObject({ input: { id: 'A1', revision: 5 } });
    expect(approve?.query).not.toMatch(/\bdocument\b/);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/Đã duyệt/);
    expect(screen.queryByRole('button', { name: 'Duyệt phiếu' })).toBeNull();
    expect(screen.getByTestId('points-SS.01').textContent).toBe('5,00 / 10,00');
    // A status change still goes through the document cache (the queue must drop the assessment), and it
    // answers a CriteriaVersion; but neither the page's own query nor the version's document was asked again.
    expect(api.named('Assessment')).toHaveLength(1);
    expect(api.named('CriteriaDocument')).toHaveLength(1);
  });

  it('after an approval offers the period’s next submitted assessment, which opens afresh; after the last, says none is left', async () => {
    let left = [{ id: 'A2', unit: { __typename: 'Unit', name: 'UBND xã Kế Tiếp' } }];
    api = fakeApi({
      Me: () => me('REVIEWER'),
      Assessment: (variables) => ({ node: assessmentState({ ...submitted, id: variables.id }) }),
      CriteriaDocument: criteriaDocument,
      AssessmentEvidence: noEvidence,
      Approve: (variables) => ({
        approveAssessment: {
          __typename: 'ApproveAssessmentPayload',
          data: assessmentState({
            ...submitted,
            id: (variables.input as { id: string }).id,
            status: 'APPROVED',
            revision: 5,
          }),
        },
      }),
      NextInQueue: () => ({
        assessments: {
          __typename: 'AssessmentConnection',
          edges: left.map((node) => ({
            __typename: 'AssessmentEdge',
            node: { __typename: 'Assessment', ...node },
          })),
        },
      }),
    });
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    renderPage('/review/:id', '/review/A1', <ReviewPage />);
    await screen.findByTestId('points-SS.01');
    fireEvent.click(screen.getByRole('button', { name: 'Duyệt phiếu' }));
    await screen.findByText('Đã duyệt phiếu.');
    const next = await screen.findByRole('link', { name: 'Phiếu tiếp theo: UBND xã Kế Tiếp →' });
    expect(api.named('NextInQueue')[0]?.variables).toEqual({ periodId: 'P1' });

    left = [];
    fireEvent.click(next);
    // The next one opens with nothing carried over from the last: its own approve button, no notice.
    await screen.findByRole('button', { name: 'Duyệt phiếu' });
    expect(api.named('Assessment').map((request) => request.variables.id)).toEqual(['A1', 'A2']);
    expect(screen.queryByText('Đã duyệt phiếu.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Duyệt phiếu' }));
    await screen.findByText('Không còn phiếu nào chờ thẩm định trong kỳ này.');
    expect(screen.getByRole('link', { name: 'Về danh sách thẩm định' }).getAttribute('href')).toBe('/review');
  });
});
