import { describe, expect, it } from 'vitest';
import { matchesSearch, searchName } from './search.ts';

describe('searchName', () => {
  it.each([
    ['Thành phố Quảng Yên', 'thanh pho quang yen'],
    ['Đông Triều', 'dong trieu'],
    ['Thị xã Đông Triều', 'thi xa dong trieu'],
    ['  Xã  Mỹ   Lộc ', 'xa my loc'],
    ['Huyện Ba Chẽ', 'huyen ba che'],
    ['Phường Hồng Gai', 'phuong hong gai'],
    ['ĐẶC KHU VÂN ĐỒN', 'dac khu van don'],
    ['Sở Lao động - Thương binh và Xã hội', 'so lao dong - thuong binh va xa hoi'],
  ])('%s → %s', (text, folded) => {
    expect(searchName(text)).toBe(folded);
  });

  it('folds decomposed input (NFD from some keyboards) the same as composed', () => {
    expect(searchName('Quảng Ninh'.normalize('NFD'))).toBe('quang ninh');
  });
});

describe('matchesSearch', () => {
  const quangYen = searchName('Thị xã Quảng Yên');

  it('ignores diacritics and case in the query', () => {
    expect(matchesSearch(quangYen, 'quang yen')).toBe(true);
    expect(matchesSearch(quangYen, 'QUẢNG Yên')).toBe(true);
  });

  it('needs every word, in any order, partial words allowed', () => {
    expect(matchesSearch(quangYen, 'yen quang')).toBe(true);
    expect(matchesSearch(quangYen, 'quan')).toBe(true);
    expect(matchesSearch(quangYen, 'quang ninh')).toBe(false);
  });

  it('matches everything on an empty query', () => {
    expect(matchesSearch(quangYen, '   ')).toBe(true);
  });
});
