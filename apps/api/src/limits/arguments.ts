import { z } from 'zod';

/**
 * Bounds on what a query's arguments may hold: work grows with them (a 40,000-word search took
 * 5 s, 30,000 IDs in `nodes` 11.6 s). Mutations' inputs are bounded by their own zod schemas.
 */
const ARGUMENT_LIMITS = { text: 200, code: 100, list: 200 } as const;

/** A search or filter typed by a person: a unit's or a person's name, an action. */
export const searchText = z.string().max(ARGUMENT_LIMITS.text);

/** A code or a single name: a set, a node, a category. */
export const codeText = z.string().max(ARGUMENT_LIMITS.code);

/** IDs or codes asked for at once (`nodes(ids:)`, a matrix's `nodeCodes`). */
export const askedAtOnce = z.array(z.unknown()).max(ARGUMENT_LIMITS.list);
