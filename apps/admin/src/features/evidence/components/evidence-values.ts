import { z } from 'zod';
import { isIsoDay } from '../../../lib/dates.ts';

/** A file or a link, as the form holds it before it is sent. */
export const EvidenceValues = z
  .object({
    mode: z.enum(['file', 'link']),
    title: z.string().trim().min(1),
    documentNumber: z.string(),
    // Blank or an ISO day, as the date input hands it; the form says why a wrong day blocks attaching.
    issuedOn: z.string().refine((day) => day === '' || isIsoDay(day)),
    url: z.string(),
    file: z.instanceof(File).nullable(),
  })
  // Only what the chosen mode sends must be there; the server checks the rest (an http(s) address, a size).
  .refine((values) => (values.mode === 'file' ? values.file !== null : values.url.trim() !== ''), {
    path: ['mode'],
  });
export type EvidenceValues = z.input<typeof EvidenceValues>;

export type EvidenceDraft = Omit<EvidenceValues, 'mode'>;

export const EMPTY_EVIDENCE: EvidenceValues = {
  mode: 'file',
  title: '',
  documentNumber: '',
  issuedOn: '',
  url: '',
  file: null,
};
