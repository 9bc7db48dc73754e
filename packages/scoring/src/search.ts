/**
 * Search keys that ignore Vietnamese diacritics, so "quang yen" finds "Thị xã Quảng Yên".
 * Stored as `Unit.searchName`; queries are folded the same way before matching, on the server and
 * in the console's own filters.
 */
export function searchName(text: string): string {
  return (
    text
      .normalize('NFD')
      // Tone and vowel marks decompose into combining marks; đ/Đ is a letter of its own and does not.
      .replace(/\p{M}+/gu, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * Every word of the query occurs in the candidate (already a search name), in any order, as a substring —
 * the same test a database `contains` per word makes, so UI filtering and SQL agree.
 */
export function matchesSearch(candidateSearchName: string, query: string): boolean {
  const words = searchName(query).split(' ').filter(Boolean);
  return words.every((word) => candidateSearchName.includes(word));
}
