import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerBytes, DecimalList, keptDecimals } from './decimal-list.ts';

const answerText = (result: Parameters<typeof answerBytes>[0]) => answerBytes(result).toString();

const list = (...values: Array<number | null>) => DecimalList.from(values) as DecimalList;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('DecimalList in an answer', () => {
  it('writes the JSON that plain arrays give, Vietnamese text and nulls included', () => {
    const rows = [
      { unit: { name: 'Thị trấn Đầm Hà' }, nodes: [23.72, null, 0, 1.5, -0.25] },
      { unit: { name: 'Xã "Quảng" Tân' }, nodes: [] },
    ];
    const result = { data: { rows: rows.map((row) => ({ ...row, nodes: list(...row.nodes) })) } };
    expect(answerText(result)).toBe(`${JSON.stringify({ data: { rows } })}\n`);
  });

  it('makes a list’s bytes once, however many answers carry it', () => {
    const nodes = list(1.16, 0.5);
    answerText({ data: { nodes } });
    const stringify = vi.spyOn(JSON, 'stringify');
    const text = answerText({ data: { a: nodes, b: nodes } });
    expect(text).toBe('{"data":{"a":[1.16,0.5],"b":[1.16,0.5]}}\n');
    // The answer's own JSON.stringify only: the list's bytes were kept from the first answer.
    expect(stringify).toHaveBeenCalledTimes(1);
  });

  it('leaves alone text that looks like its marks', () => {
    const forged = '\u00000\u00001';
    const text = answerText({ data: { name: forged, nodes: list(1) } });
    expect(JSON.parse(text)).toEqual({ data: { name: forged, nodes: [1] } });
  });

  it('is a plain array to anyone else: JSON.stringify, map, equality', () => {
    const nodes = list(2.5, null);
    expect(JSON.stringify({ nodes })).toBe('{"nodes":[2.5,null]}');
    expect(nodes).toEqual([2.5, null]);
    expect(nodes.map((value) => value)).not.toBeInstanceOf(DecimalList);
  });
});

describe('keptDecimals', () => {
  it('makes one list per source object, and a new one for a new source', () => {
    const values = vi.fn((row: { cells: number[] }) => row.cells.map((cell) => cell / 100));
    const resolve = keptDecimals(values);
    const row = { cells: [2372, 50] };
    const first = resolve(row);
    expect(first).toEqual([23.72, 0.5]);
    expect(resolve(row)).toBe(first);
    expect(resolve({ cells: [1] })).toEqual([0.01]);
    expect(values).toHaveBeenCalledTimes(2);
  });
});
