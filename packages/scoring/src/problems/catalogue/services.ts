import { words } from '../template.ts';
import { enDate, enNumber, listOf, viDate, viNumber } from '../words.ts';

/** What the API's services refuse, beyond a value's shape: clashes, dates, files, states. */
export const SERVICE_PROBLEMS = {};
