import { graphql, type ResultOf } from '../../graphql/graphql.ts';

/**
 * What a template can be made for: each period's unit groups and the versions they are assessed on
 * (and a unit officer's own groups, to offer only those).
 */
export const WORKBOOK_SCOPES = graphql(`
  query WorkbookScopes {
    me { role units { group { id } } }
    periods(first: 50) {
      edges { node { id code name status
        assignments { unitGroup { id name nameEn } version { id version set { code name { vi en } } } }
      } }
    }
  }
`);
export type WorkbookPeriod = NonNullable<
  NonNullable<ResultOf<typeof WORKBOOK_SCOPES>['periods']['edges'][number]>['node']
>;

export type Layout = 'units' | 'matrix';
export type TemplateScope =
  | { assessmentId: string }
  | { periodId: string; unitGroupId: string; versionId: string };

/** The template's address (the browser downloads it with the session cookie). */
export function templateUrl(scope: TemplateScope, layout: Layout, lang: 'vi' | 'en'): string {
  return `/workbooks/entries-template.xlsx?${new URLSearchParams({ ...scope, layout, lang })}`;
}

/** One assessment as a workbook: inputs, points, levels, evidence. */
export function assessmentExportUrl(assessmentId: string, lang: 'vi' | 'en'): string {
  return `/exports/assessment.xlsx?${new URLSearchParams({ assessmentId, lang })}`;
}

interface Localized {
  vi: string;
  en: string;
}

export interface EntryChange {
  nodeCode: string;
  name: Localized;
  cells: string[];
  before: Localized | null;
  after: Localized | null;
}

export interface UnitChanges {
  assessmentId: string;
  unitCode: string;
  unitName: string;
  sheet: string;
  status: string;
  changes: EntryChange[];
}

export interface WorkbookProblem {
  code: string;
  at: string;
  messages: Localized;
}

export interface EntriesImport {
  applied: boolean;
  units: UnitChanges[];
  problems: WorkbookProblem[];
}

export interface UploadFailure {
  code: string;
  message: string;
  messages?: Localized;
}

/** POST the filled workbook: a dry run, or the import when `apply` (the server checks everything again). */
export async function uploadWorkbook(
  file: Blob,
  apply: boolean,
  language: string,
): Promise<{ report: EntriesImport } | { error: UploadFailure }> {
  let response: Response;
  try {
    response = await fetch(`/workbooks/entries?apply=${apply}`, {
      method: 'POST',
      body: file,
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'accept-language': language,
      },
    });
  } catch {
    return { error: { code: 'NETWORK', message: '' } };
  }
  const json = (await response.json().catch(() => null)) as
    | (EntriesImport & { error?: UploadFailure })
    | null;
  if (!json) return { error: { code: 'NETWORK', message: '' } };
  if (json.error) return { error: json.error };
  return { report: json };
}
