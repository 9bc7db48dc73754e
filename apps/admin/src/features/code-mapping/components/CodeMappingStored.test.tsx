import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import type { MappingNode } from '../operations.ts';
import { CodeMappingStored } from './CodeMappingStored.tsx';

const nodes: MappingNode[] = [
  { code: 'SS.05', kind: 'CRITERION', path: 'SS/SS.HT/SS.05', name: { vi: 'Đánh giá của Sở', en: 'Review' } },
];
const versions = [{ id: 'v1', version: '2022', publishedAt: '2022-11-16T00:00:00Z' }];

describe('CodeMappingStored', () => {
  beforeEach(() => i18n.changeLanguage('vi'));

  it('lists each stored mapping by the version it comes from, naming each target', () => {
    render(
      <CodeMappingStored
        versions={versions}
        nodes={nodes}
        mappings={[
          {
            fromVersionId: 'v1',
            entries: [
              { from: 'SS.02', to: 'SS.05' },
              { from: 'KQ.04', to: null },
            ],
          },
          { fromVersionId: 'gone', entries: [{ from: 'X', to: 'SS.05' }] },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Từ phiên bản 2022' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'SS.02SS.05 — Đánh giá của Sở',
      'KQ.04không có tương ứng',
    ]);
    expect(screen.getByRole('table', { name: 'Từ phiên bản (phiên bản không rõ)' })).toBeTruthy();
    // Read-only: nothing to change.
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says when no mapping is stored, in English too', async () => {
    await i18n.changeLanguage('en');
    render(<CodeMappingStored versions={versions} nodes={nodes} mappings={[]} />);
    expect(screen.getByText('No code mapping is stored.')).toBeTruthy();
  });
});
