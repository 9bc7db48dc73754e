import type { CriteriaSet } from '@chiso/scoring';
import { checkStructure } from '../services/criteria/document.ts';
import { readYaml } from '../services/criteria/yaml.ts';
import { answering } from './answer.ts';

/**
 * A criteria file read and checked (a worker job): YAML parsing and the model's structure take
 * hundreds of milliseconds for a real set (the commune set, 68 kB), seconds for a hostile one.
 */
export const run = answering((yaml: string): CriteriaSet => checkStructure(readYaml(yaml)));
