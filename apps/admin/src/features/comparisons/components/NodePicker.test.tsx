import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import { NodePicker } from './NodePicker.tsx';

const columns = [
  {
    code: 'SS.HT',
    name: { vi: 'Hạ tầng thông tin', en: 'Information infrastructure' },
    maxPoints: 10,
    parentCode: null,
  },
  { code: 'SS.NL', name: { vi: 'Nhân lực CNTT', en: 'IT human resources' }, maxPoints: 8, parentCode: null },
  {
    code: 'SS.CS',
    name: { vi: 'Môi trường chính sách', en: 'Policy environment' },
    maxPoints: 12,
    parentCode: null,
  },
];

/** The picker as the workbench holds it: the choice, and every change it reported. */
function Harness({ changes }: { changes: Array<string[] | null> }) {
  const [chosen, setChosen] = useState<string[] | null>(null);
  return (
    <NodePicker
      columns={columns}
      chosen={chosen}
      onChange={(codes) => {
        changes.push(codes);
        setChosen(codes);
      }}
    />
  );
}

describe('NodePicker', () => {
  beforeEach(() => i18n.changeLanguage('vi'));

  it('chooses columns in document order, and every node again means all', () => {
    const changes: Array<string[] | null> = [];
    render(<Harness changes={changes} />);
    expect(screen.getByText('Đã chọn 3/3 mục để so sánh')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ chọn tất cả' }));
    expect(changes.at(-1)).toEqual([]);
    fireEvent.click(screen.getByRole('checkbox', { name: 'SS.CS Môi trường chính sách' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'SS.HT Hạ tầng thông tin' }));
    expect(changes.at(-1)).toEqual(['SS.HT', 'SS.CS']);
    expect(screen.getByText('Đã chọn 2/3 mục để so sánh')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'SS.NL Nhân lực CNTT' }) as HTMLInputElement).checked).toBe(
      false,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'SS.NL Nhân lực CNTT' }));
    expect(changes.at(-1)).toBeNull();
    expect(screen.getByRole('button', { name: 'Chọn tất cả' }).hasAttribute('disabled')).toBe(true);
  });
});
