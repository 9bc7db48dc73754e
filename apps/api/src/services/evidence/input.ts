import type { Db } from '@chiso/db';
import { problem, problemFlag } from '@chiso/scoring';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { issueAt, validationFailed } from '../../errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * IDs at the edges: the Relay global ID a client got from GraphQL ("QXNzZXNzbWVudDo…"), or the
 * raw UUID (scripts, logs). Both name one row; anything else is a validation failure on `path`.
 */
export function rawId(value: string, typename: string, path: string): string {
  const trimmed = value.trim();
  if (UUID.test(trimmed)) return trimmed.toLowerCase();
  try {
    const decoded = decodeGlobalID(trimmed);
    if (decoded.typename === typename && UUID.test(decoded.id)) return decoded.id;
  } catch {
    // falls through to the validation failure
  }
  throw validationFailed([issueAt(path, problem('ID_OF_WRONG_TYPE', { path, typename }))]);
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((text) => text || undefined);

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, problemFlag('DAY_FORMAT'))
  .refine((text) => {
    const date = new Date(`${text}T00:00:00.000Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, problemFlag('NOT_A_CALENDAR_DAY'))
  .nullish();

/** The day a document was issued, as stored (a checked YYYY-MM-DD, or none). */
export const issuedOnDate = (day: string | null | undefined) =>
  day ? new Date(`${day}T00:00:00.000Z`) : null;

/** What every piece of evidence says about itself (số, trích yếu, ngày ban hành). */
const EvidenceDetails = z.object({
  assessmentId: z.string(),
  nodeCode: z.string().trim().min(1, problemFlag('EVIDENCE_NODE_REQUIRED')).max(100),
  title: z.string().trim().min(1, problemFlag('EVIDENCE_TITLE_REQUIRED')).max(500),
  documentNumber: optionalText(100),
  issuedOn: day,
});

const EvidenceLink = EvidenceDetails.extend({
  url: z.string().trim().max(2000).refine(isWebAddress, problemFlag('WEB_ADDRESS_FORMAT')),
});

/** attachEvidenceLink's input besides the assessment, whose ID the service resolves. */
export const AttachEvidenceLinkInput = EvidenceLink.omit({ assessmentId: true });

export const EvidenceFile = EvidenceDetails.extend({
  fileName: z.string().min(1, problemFlag('FILE_NAME_MISSING')).max(1000),
});

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    // Credentials in a link would be shown to everyone who may see the evidence.
    return (url.protocol === 'http:' || url.protocol === 'https:') && !!url.hostname && !url.username;
  } catch {
    return false;
  }
}

/** Evidence backs a scored node (a criterion, or one of its indicators) of the assessment's version. */
export async function assertEvidenceNode(db: Db, assessmentId: string, nodeCode: string): Promise<void> {
  const node = await db.criteriaNode.findFirst({
    where: {
      code: nodeCode,
      kind: { in: ['CRITERION', 'INDICATOR'] },
      version: { assessments: { some: { id: assessmentId } } },
    },
    select: { id: true },
  });
  if (!node)
    throw validationFailed([issueAt('nodeCode', problem('EVIDENCE_NODE_UNKNOWN', { code: nodeCode }))], {
      vi: `Bộ tiêu chí của phiếu đánh giá này không có tiêu chí ${nodeCode}.`,
      en: `The criteria version of this assessment has no criterion ${nodeCode}.`,
    });
}
