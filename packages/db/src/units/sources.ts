import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Catalogue } from './catalogue.ts';
import { MergeFile } from './lineage.ts';
import { parseOrThrow, tidyName } from './parse.ts';
import type { StepFiles } from './steps.ts';

/**
 * Catalogues an admin can import without uploading a file: the extracts committed for the demo and CI
 * (seed/data), and the full GSO files of the reference data beside the repository when it is there
 * (`CHISO_UNITS_DATA_DIR`, default `../shared/data/dvhcvn`).
 */
export interface UnitSource {
  id: string;
  name: string;
  nameEn: string;
  /** The catalogue's date, or the reorganisation's when there is one. */
  date: string;
  catalogue?: string;
  reorganisation?: string;
  document: string | null;
}

const seedData = (file: string) => fileURLToPath(new URL(`../seed/data/${file}`, import.meta.url));

export const sharedUnitsFolder = (): string =>
  process.env.CHISO_UNITS_DATA_DIR ??
  fileURLToPath(new URL('../../../../../shared/data/dvhcvn/', import.meta.url));

const BUNDLED: UnitSource[] = [
  {
    id: 'quang-ninh-2025',
    name: 'Quảng Ninh 2025: danh mục 01/03/2025 và sắp xếp đơn vị hành chính 01/07/2025',
    nameEn: 'Quảng Ninh 2025: the 1 March 2025 catalogue and the 1 July 2025 reorganisation',
    date: '2025-07-01',
    catalogue: seedData('quang-ninh-2025-03-01.json'),
    reorganisation: seedData('quang-ninh-2025-07-01-merges.json'),
    document: '1679/NQ-UBTVQH15',
  },
  {
    id: 'quang-ninh-2022',
    name: 'Quảng Ninh: danh mục 01/10/2022',
    nameEn: 'Quảng Ninh: the 1 October 2022 catalogue',
    date: '2022-10-01',
    catalogue: seedData('quang-ninh-2022.json'),
    document: null,
  },
];

function shared(): UnitSource[] {
  const folder = sharedUnitsFolder();
  const file = (name: string) => `${folder.replace(/\/?$/, '/')}${name}`;
  const present = (name: string) => existsSync(file(name));
  const sources: UnitSource[] = [];
  if (present('2025-03-01.json') && present('2025-07-01-merges.json')) {
    sources.push({
      id: 'dvhcvn-2025',
      name: 'Cả nước 2025: danh mục 01/03/2025 và sắp xếp 01/07/2025 (dvhcvn)',
      nameEn: 'Vietnam 2025: the 1 March 2025 catalogue and the 1 July 2025 reorganisation (dvhcvn)',
      date: '2025-07-01',
      catalogue: file('2025-03-01.json'),
      reorganisation: file('2025-07-01-merges.json'),
      document: null,
    });
  }
  for (const [date, label] of [
    ['2025-03-01', '01/03/2025'],
    ['2022-10-01', '01/10/2022'],
    ['2020-06-01', '01/06/2020'],
  ] as const) {
    if (!present(`${date}.json`)) continue;
    sources.push({
      id: `dvhcvn-${date}`,
      name: `Cả nước: danh mục ${label} (dvhcvn)`,
      nameEn: `Vietnam: the ${label} catalogue (dvhcvn)`,
      date,
      catalogue: file(`${date}.json`),
      document: null,
    });
  }
  return sources;
}

export function unitSources(): UnitSource[] {
  return [...BUNDLED, ...shared()];
}

const cache = new Map<string, unknown>();
/** A file read and parsed once per process: the full catalogues are a few megabytes. */
function readOnce(path: string): unknown {
  if (!cache.has(path)) cache.set(path, JSON.parse(readFileSync(path, 'utf8')));
  return cache.get(path);
}

/** The provinces a source offers, as of its last file (the new provinces of a reorganisation). */
const provinces = new Map<string, Array<{ code: string; name: string }>>();
export function sourceProvinces(source: UnitSource): Array<{ code: string; name: string }> {
  const known = provinces.get(source.id);
  if (known) return known;
  const found = readProvinces(source);
  provinces.set(source.id, found);
  return found;
}

function readProvinces(source: UnitSource): Array<{ code: string; name: string }> {
  if (source.reorganisation) {
    const file = parseOrThrow(MergeFile, readOnce(source.reorganisation), '2025 merge file');
    return file.data.map((p) => ({ code: p.level1_id, name: tidyName(p.name) }));
  }
  const catalogue = parseOrThrow(Catalogue, readOnce(source.catalogue as string), 'unit catalogue');
  return catalogue.data.map((p) => ({ code: p.level1_id, name: tidyName(p.name) }));
}

/** The files of a source, read, for importSteps. */
export function sourceFiles(source: UnitSource, provinces: StepFiles['provinces']): StepFiles {
  return {
    ...(source.catalogue ? { catalogue: readOnce(source.catalogue) } : {}),
    ...(source.reorganisation ? { reorganisation: readOnce(source.reorganisation) } : {}),
    provinces,
    document: source.document,
  };
}
