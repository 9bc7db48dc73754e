import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type Page, PageView, page } from './pages.tsx';

function Ready() {
  return <h1>Kết quả xếp hạng</h1>;
}

describe('PageView', () => {
  it('shows loading until the chunk arrives, then the page; once here, at once', async () => {
    let arrive: (module: { default: typeof Ready }) => void = () => {};
    let loads = 0;
    const results = page('/results', 'results', () => {
      loads += 1;
      return new Promise((resolve) => {
        arrive = resolve;
      });
    });
    const first = render(<PageView page={results} />);
    expect(screen.getByText('Đang tải…')).toBeTruthy();
    arrive({ default: Ready });
    expect(await screen.findByRole('heading', { name: 'Kết quả xếp hạng' })).toBeTruthy();
    first.unmount();

    render(<PageView page={results} />);
    expect(screen.getByRole('heading', { name: 'Kết quả xếp hạng' })).toBeTruthy();
    expect(loads).toBe(1);
  });

  it('shows a chunk that arrives between the render and its effect', async () => {
    let reads = 0;
    const results: Page = {
      path: '/results',
      area: 'results',
      load: () => Promise.resolve(Ready),
      // The render reads it before the chunk is here; the effect after it has arrived.
      get loaded() {
        reads += 1;
        return reads === 1 ? undefined : Ready;
      },
    };
    render(<PageView page={results} />);
    expect(await screen.findByRole('heading', { name: 'Kết quả xếp hạng' })).toBeTruthy();
  });

  it('says a chunk could not be loaded, and tries again on the next visit', async () => {
    let loads = 0;
    const periods = page('/periods', 'periods', () => {
      loads += 1;
      return loads === 1 ? Promise.reject(new Error('404')) : Promise.resolve({ default: Ready });
    });
    const first = render(<PageView page={periods} />);
    expect((await screen.findByRole('alert')).textContent).toContain('Không tải được trang này');
    expect(screen.getByRole('button', { name: 'Tải lại' })).toBeTruthy();
    first.unmount();

    render(<PageView page={periods} />);
    expect(await screen.findByRole('heading', { name: 'Kết quả xếp hạng' })).toBeTruthy();
    expect(loads).toBe(2);
  });
});
