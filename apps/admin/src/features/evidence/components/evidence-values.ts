import { z } from 'zod';

/** A file or a link, as the form holds it before it is sent. */
export const EvidenceValues = z
  .object({
    mode: z.enum(['file', 'link']),
    title: z.string().trim().min(1),
    documentNumber: z.string(),
    issuedOn: z.string(),
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
