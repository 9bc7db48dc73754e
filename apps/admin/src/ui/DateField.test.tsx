import { zodResolver } from '@hookform/resolvers/zod';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { dayText } from '../lib/dates.ts';
import { FormDateInput } from './DateField.tsx';

const schema = z.object({ startsOn: dayText('Ngày không hợp lệ').min(1, 'Bắt buộc') });

function DayForm({ onSave, startsOn = '' }: { onSave: (day: string) => void; startsOn?: string }) {
  const { control, handleSubmit, formState, reset } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { startsOn },
  });
  return (
    <form onSubmit={handleSubmit((values) => onSave(values.startsOn))}>
      <label htmlFor="day">Ngày bắt đầu</label>
      <FormDateInput control={control} name="startsOn" id="day" />
      <span>{formState.errors.startsOn?.message}</span>
      <button type="submit">Lưu</button>
      <button type="button" onClick={() => reset({ startsOn: '2022-11-16' })}>
        Đặt lại
      </button>
    </form>
  );
}

const input = () => screen.getByLabelText('Ngày bắt đầu') as HTMLInputElement;

describe('FormDateInput', () => {
  it('is a numeric text input that takes 1/2/2023 and hands the form the ISO day', async () => {
    const onSave = vi.fn();
    render(<DayForm onSave={onSave} />);
    expect(input().type).toBe('text');
    expect(input().inputMode).toBe('numeric');
    expect(input().placeholder).toBe('dd/mm/yyyy');
    fireEvent.change(input(), { target: { value: '1/2/2023' } });
    expect(input().value).toBe('1/2/2023');
    fireEvent.blur(input());
    expect(input().value).toBe('01/02/2023');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith('2023-02-01'));
  });

  it('refuses an impossible day with the form message and keeps what was typed', async () => {
    const onSave = vi.fn();
    render(<DayForm onSave={onSave} />);
    fireEvent.change(input(), { target: { value: '31/02/2023' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.getByText('Ngày không hợp lệ')).toBeTruthy());
    expect(onSave).not.toHaveBeenCalled();
    expect(input().value).toBe('31/02/2023');
  });

  it('shows a day set by the form (a default, a reset) as dd/mm/yyyy', () => {
    render(<DayForm onSave={vi.fn()} startsOn="2023-02-01" />);
    expect(input().value).toBe('01/02/2023');
    fireEvent.click(screen.getByRole('button', { name: 'Đặt lại' }));
    expect(input().value).toBe('16/11/2022');
  });
});
