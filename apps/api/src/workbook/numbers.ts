/**
 * Numbers typed as text into a workbook cell (pasted, or typed where Excel kept it as text), read
 * the way the workbook's language writes them: Vietnamese "1.234,5" and "0,75", English "1,234.5".
 * A plain "0.75" reads as a decimal in both: only a full thousands grouping ("1.234") is taken as one.
 */
export function parseNumberText(text: string, lang: 'vi' | 'en'): number | undefined {
  const compact = text.trim().replace(/[\s\u00a0]/g, '');
  if (compact === '') return undefined;
  const [group, decimal] = lang === 'vi' ? ['.', ','] : [',', '.'];
  const grouped = new RegExp(`^-?\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`);
  let plain = compact;
  if (grouped.test(compact)) plain = compact.split(group).join('').replace(decimal, '.');
  else if (/^-?\d+,\d+$/.test(compact)) plain = compact.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(plain)) return undefined;
  return Number(plain);
}
