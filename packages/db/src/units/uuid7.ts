import { randomBytes } from 'node:crypto';

let last = 0;
let sequence = 0;
// Random bytes drawn 4,096 ids at a time: one randomBytes call per id cost the demo seed half a second.
const POOL_IDS = 4096;
let pool = Buffer.alloc(0);
let poolOffset = 0;

function randomId(): Buffer {
  if (poolOffset >= pool.length) {
    pool = randomBytes(16 * POOL_IDS);
    poolOffset = 0;
  }
  const bytes = Buffer.from(pool.subarray(poolOffset, poolOffset + 16));
  poolOffset += 16;
  return bytes;
}

/**
 * A UUID version 7 (RFC 9562), as Prisma's `@default(uuid(7))` makes them: ids of bulk-inserted rows sort
 * in the order they were made, like the rows Prisma creates one by one (lists and ties ordered by id
 * keep the catalogue's order). A counter in the random bits keeps ids made in one millisecond in order.
 */
export function uuid7(): string {
  const clock = Date.now();
  if (clock > last) {
    last = clock;
    sequence = 0;
  } else if (++sequence > 0xfff) {
    // More than 4,096 ids in a millisecond: borrow the next one rather than repeat an order.
    last += 1;
    sequence = 0;
  }
  const now = last;
  const bytes = randomId();
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | ((sequence >> 8) & 0x0f);
  bytes[7] = sequence & 0xff;
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
