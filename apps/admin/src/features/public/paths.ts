/** Where the public pages live in the console: outside the session, linked from the sign-in page. */
export const PUBLIC_ROOT = '/cong-khai';

export const publicPath = {
  period: (period: string, group?: string) =>
    `${PUBLIC_ROOT}/${encodeURIComponent(period)}${group ? `?group=${encodeURIComponent(group)}` : ''}`,
  unit: (period: string, unit: string) =>
    `${PUBLIC_ROOT}/${encodeURIComponent(period)}/${encodeURIComponent(unit)}`,
};
