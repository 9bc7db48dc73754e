import { useParams } from 'react-router';

/** Where the public pages live in the console: outside the session, linked from the sign-in page. */
export const PUBLIC_ROOT = '/cong-khai';

/** A period as public addresses name it: within its province (codes are unique there). */
export interface PublicPeriodKey {
  /** The province's code (22), or NATIONAL_PROVINCE for a national period. */
  province: string;
  code: string;
}

/** The province segment of a national period's addresses (the API's auth/provinces.ts NATIONAL). */
const NATIONAL_PROVINCE = 'toan-quoc';

/** A period's key from the feed's or the API's fields (a national period has no province). */
export const publicKeyOf = (code: string, provinceCode: string | null | undefined): PublicPeriodKey => ({
  province: provinceCode ?? NATIONAL_PROVINCE,
  code,
});

export const samePeriod = (a: PublicPeriodKey, b: PublicPeriodKey) =>
  a.province === b.province && a.code === b.code;

const segments = (key: PublicPeriodKey) =>
  `${encodeURIComponent(key.province)}/${encodeURIComponent(key.code)}`;

export const publicPath = {
  period: (key: PublicPeriodKey, group?: string) =>
    `${PUBLIC_ROOT}/${segments(key)}${group ? `?group=${encodeURIComponent(group)}` : ''}`,
  unit: (key: PublicPeriodKey, unit: string) => `${PUBLIC_ROOT}/${segments(key)}/${encodeURIComponent(unit)}`,
};

/** The period the page's address names (routes `:province/:period`, PublicSite.tsx). */
export function usePublicPeriodKey(): PublicPeriodKey {
  const { province = NATIONAL_PROVINCE, period = '' } = useParams();
  return { province, code: period };
}
