import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { assessmentDetail, assessmentState, entry, fakeApi, me, noEvidence } from '../../../test/fake-api.ts';
import { renderPage } from '../../../test/render-page.tsx';
import AssessmentEntryPage from './AssessmentEntryPage.tsx';

/** Long enough for a refetch the document cache would start after an answer to have been sent. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('AssessmentEntryPage', () => {
  let api: ReturnType<typeof fakeApi>;
  afterEach(() => api.restore());

  it('a save answers without the criteria document, keeps the tree and shows the new points, and asks nothing again', async () => {
    api = fakeApi({
      Me: () => me('UNIT_OFFICER'),
      Assessment: () => ({ node: assessmentDetail() }),
      AssessmentEvidence: noEvidence,
      SaveEntries: () => ({
        saveAssessmentEntries: {
          __typename: 'SaveAssessmentEntriesPayload',
          data: assessmentState({
            revision: 2,
            selfPoints: 7.2,
            entries: [entry('SS.01', 72, { selfPoints: 7.2 })],
          }),
        },
      }),
    });
    renderPage('/assessments/:id', '/assessments/A1', <AssessmentEntryPage />);
    const field = await screen.findByRole('textbox', { name: /Tỉ lệ máy tính có phần mềm diệt virus/ });
    await settle();
    const before = api.sent.length;

    fireEvent.change(field, { target: { value: '72' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu nháp' }));
    await screen.findByText('Đã lưu mọi thay đổi lên máy chủ.');
    await settle();

    const [save] = api.named('SaveEntries');
    expect(save?.variables).toMatchObject({ input: { id: 'A1', revision: 1 } });
    expect(save?.query).not.toMatch(/\bdocument\b/);
    // The save was the only request: the page query, the evidence and the session were not asked again.
    expect(api.sent.slice(before).map((request) => request.operationName)).toEqual(['SaveEntries']);
    expect(api.named('Assessment')).toHaveLength(1);
    // The tree read when the page opened is still there, scored with what the server stored.
    expect(screen.getByTestId('points-SS.01').textContent).toBe('7,20 / 10,00');
    expect(screen.getByTestId('total-points').textContent).toBe('7,20');
    expect(screen.getByRole('combobox', { name: /Có Ban chỉ đạo/ })).toBeTruthy();

    // The next save goes with the revision the answer gave.
    fireEvent.change(field, { target: { value: '80' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu nháp' }));
    await waitFor(() => expect(api.named('SaveEntries')).toHaveLength(2));
    expect(api.named('SaveEntries')[1]?.variables).toMatchObject({ input: { revision: 2 } });
  });

  it('a save on a stale revision (CONFLICT) reads the assessment again and shows what someone else saved beside what was typed', async () => {
    let revision = 1;
    api = fakeApi({
      Me: () => me('UNIT_OFFICER'),
      Assessment: () => ({
        node: assessmentDetail(
          revision === 1 ? {} : { revision, entries: [entry('SS.01', 50, { selfPoints: 5 })], selfPoints: 5 },
        ),
      }),
      AssessmentEvidence: noEvidence,
      SaveEntries: () => {
        revision = 3; // someone else saved meanwhile
        return { saveAssessmentEntries: conflict() };
      },
    });
    renderPage('/assessments/:id', '/assessments/A1', <AssessmentEntryPage />);
    const field = await screen.findByRole('textbox', { name: /Tỉ lệ máy tính có phần mềm diệt virus/ });
    fireEvent.change(field, { target: { value: '72' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu nháp' }));
    expect(await screen.findByRole('heading', { name: /1 tiêu chí đã được người khác lưu/ })).toBeTruthy();
    expect(api.named('Assessment')).toHaveLength(2);
    expect(api.named('Assessment')[1]?.query).toMatch(/\bdocument\b/);
    // What was typed stays in the field, scored; the tree is the one read when the page opened.
    expect((field as HTMLInputElement).value).toBe('72');
    expect(screen.getByTestId('points-SS.01').textContent).toBe('7,20 / 10,00');
  });
});

/** The API's CONFLICT answer: the assessment was saved by someone else since it was read. */
const conflict = () => ({
  __typename: 'AppError',
  code: 'CONFLICT',
  message: 'Phiếu đã được người khác thay đổi.',
  messages: { vi: 'Phiếu đã được người khác thay đổi.', en: 'Someone else changed the assessment.' },
  issues: [],
  jobId: null,
});
