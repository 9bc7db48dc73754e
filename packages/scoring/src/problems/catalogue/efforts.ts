import { words } from '../template.ts';

/**
 * Effort weights (mức công sức): what the Sở judges a point at a criterion costs, weighing the
 * shortest path to the next level.
 */
export const EFFORT_PROBLEMS = {
  EFFORT_OUT_OF_RANGE: words(
    () => 'Mức công sức phải từ 0,01 đến 100',
    () => 'the effort weight must be between 0.01 and 100',
  ),
  EFFORT_TWO_DECIMALS: words(
    () => 'Mức công sức có tối đa hai chữ số thập phân',
    () => 'the effort weight has at most two decimals',
  ),
  EFFORT_UNKNOWN_CODE: words<{ code: string; version: string }>(
    ({ code, version }) => `${code} không phải tiêu chí hay chỉ tiêu của phiên bản ${version}`,
    ({ code, version }) => `${code} is not a criterion or indicator of version ${version}`,
  ),
  EFFORT_GIVEN_TWICE: words<{ code: string }>(
    ({ code }) => `Mức công sức của ${code} được nhập hai lần`,
    ({ code }) => `the effort weight of ${code} is given twice`,
  ),
};
