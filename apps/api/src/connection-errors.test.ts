import { describe, expect, it } from 'vitest';
import { connectionErrorLog } from './connection-errors.ts';

describe('connectionErrorLog', () => {
  it('keeps the code and leaves out the dead client pg-pool hangs on the error (its password)', () => {
    const error = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
      client: { connectionParameters: { password: 'secret' } },
    });
    const fields = connectionErrorLog(error);
    expect(fields.code).toBe('57P01');
    expect(JSON.stringify({ ...fields, err: { ...(fields.err as object) } })).not.toContain('secret');
    expect(connectionErrorLog(undefined)).toEqual({ err: undefined, code: undefined });
  });
});
