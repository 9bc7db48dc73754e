/**
 * Unpacks the demo into a data folder for the browser tests' API (`playwright.config.ts`), from the
 * template the unit tests share, so the server starts without seeding the demo again (~30 s).
 *   tsx e2e/demo-data.ts <folder>
 */
import { resolve } from 'node:path';
import { demoDataFolder } from '@chiso/testing/templates';

const folder = process.argv[2];
if (!folder) throw new Error('usage: tsx e2e/demo-data.ts <folder>');
await demoDataFolder(resolve(folder));
