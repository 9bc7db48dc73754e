import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { isForbidden } from './graphql.ts';

describe('isForbidden', () => {
  it('tells a refused node apart from a failed request', () => {
    const refused = new CombinedError({
      graphQLErrors: [{ message: 'Không có quyền', extensions: { code: 'FORBIDDEN' } }],
    });
    expect(isForbidden(refused)).toBe(true);
    expect(isForbidden(new CombinedError({ networkError: new Error('offline') }))).toBe(false);
    expect(isForbidden(undefined)).toBe(false);
  });
});
