// Test helper: the committed seed extracts, and the full catalogue that CI keeps beside the repo (../shared).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

export { readSeedData as readSeed } from '../seed/units.ts';

const sharedFile = (file: string): string => `${repoRoot}../shared/data/dvhcvn/${file}`;
export const hasShared = (file: string): boolean => existsSync(sharedFile(file));
export const readShared = (file: string): unknown => JSON.parse(readFileSync(sharedFile(file), 'utf8'));
