import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { assessmentState, criteriaDocument, entry, fakeApi, me, noEvidence } from '../../../test/fake-api.ts';
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
      Assessment: () => ({ node: assessmentState() }),
      CriteriaDocument: criteriaDocument,
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
    expect(api.named('CriteriaDocument')).toHaveLength(1);
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
        node: assessmentState(
          revision === 1 ? {} : { revision, entries: [entry('SS.01', 50, { selfPoints: 5 })], selfPoints: 5 },
        ),
      }),
      CriteriaDocument: criteriaDocument,
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
    // The assessment was read again; its version's document was not.
    expect(api.named('Assessment')).toHaveLength(2);
    expect(api.named('CriteriaDocument')).toHaveLength(1);
    // What was typed stays in the field, scored; the tree is the one read when the page opened.
    expect((field as HTMLInputElement).value).toBe('72');
    expect(screen.getByTestId('points-SS.01').textContent).toBe('7,20 / 10,00');
  });

  it('reads a criteria version’s document once: another assessment on it, or the same one opened again, opens without it', async () => {
    api = fakeApi({
      Me: () => me('UNIT_OFFICER'),
      Assessment: ({ id }) => ({ node: assessmentState({ id }) }),
      CriteriaDocument: criteriaDocument,
      AssessmentEvidence: noEvidence,
    });
    const { router } = renderPage('/assessments/:id', '/assessments/A1', <AssessmentEntryPage />);
    const opened = () => screen.findByRole('textbox', { name: /Tỉ lệ máy tính có phần mềm diệt virus/ });
    await opened();
    // Back to the list between two assessments: each opening is a page of its own.
    for (const path of ['/', '/assessments/A2', '/', '/assessments/A1']) {
      await act(() => router.navigate(path));
      if (path !== '/') await opened();
    }
    await settle();

    expect(api.named('Assessment').map((request) => request.variables.id)).toEqual(['A1', 'A2', 'A1']);
    expect(api.named('Assessment')[0]?.query).not.toMatch(/\bdocument\b/);
    expect(api.named('CriteriaDocument')).toHaveLength(1);
    expect(api.named('CriteriaDocument')[0]?.variables).toEqual({ id: 'V1' });
    expect(screen.getByTestId('points-SS.01').textContent).toBe('0,00 / 10,00');
  });

  it('says so when its version’s document cannot be read, rather than that the document is unreadable', async () => {
    // No handler for CriteriaDocument: the fake API answers it with an error.
    api = fakeApi({
      Me: () => me('UNIT_OFFICER'),
      Assessment: () => ({ node: assessmentState() }),
      AssessmentEvidence: noEvidence,
    });
    renderPage('/assessments/:id', '/assessments/A1', <AssessmentEntryPage />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Không tải được bộ tiêu chí của phiếu. Hãy tải lại trang.',
    );
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
