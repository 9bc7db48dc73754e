import { z } from 'zod';

/** Text shown to people: Vietnamese first, English always available. */
export const LocalizedText = z
  .object({
    vi: z.string().trim().min(1),
    en: z.string().trim().min(1),
  })
  .strict();
export type LocalizedText = z.infer<typeof LocalizedText>;

export type Locale = 'vi' | 'en';
