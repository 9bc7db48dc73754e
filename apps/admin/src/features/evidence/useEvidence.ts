import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { type AppError, isAppError } from '../../graphql/errors.ts';
import { failureMessage } from '../../graphql/failure.ts';
import { nodeOf } from '../../graphql/graphql.ts';
import { useLocale } from '../../lib/locale.ts';
import type { EvidenceDraft } from './components/EvidenceForm.tsx';
import {
  ASSESSMENT_EVIDENCE,
  ATTACH_EVIDENCE_LINK,
  type Evidence,
  evidenceByCode,
  REMOVE_EVIDENCE,
  uploadEvidence,
} from './operations.ts';

/** An assessment's evidence by criterion, with attach (file or link) and remove. */
export function useEvidence(assessmentId: string) {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const [{ data }, reload] = useQuery({
    query: ASSESSMENT_EVIDENCE,
    variables: { id: assessmentId },
    requestPolicy: 'cache-and-network',
  });
  const byCode = useMemo(
    () => evidenceByCode((nodeOf(data?.node, 'Assessment')?.evidence?.edges ?? []).map((edge) => edge.node)),
    [data],
  );
  const [, attachLink] = useMutation(ATTACH_EVIDENCE_LINK);
  const [, removeEvidence] = useMutation(REMOVE_EVIDENCE);
  const refresh = () => reload({ requestPolicy: 'network-only' });

  const attach = async (
    nodeCode: string,
    draft: EvidenceDraft,
    mode: 'file' | 'link',
  ): Promise<AppError | string | null> => {
    const fields = {
      title: draft.title.trim(),
      ...(draft.documentNumber.trim() ? { documentNumber: draft.documentNumber.trim() } : {}),
      ...(draft.issuedOn ? { issuedOn: draft.issuedOn } : {}),
    };
    try {
      if (mode === 'file') {
        if (!draft.file) return t('evidence.chooseFile');
        const answer = await uploadEvidence(assessmentId, nodeCode, fields, draft.file, i18n.language);
        if ('error' in answer) return answer.error;
      } else {
        const answer = await attachLink({
          input: { assessmentId, nodeCode, url: draft.url.trim(), ...fields },
        });
        const outcome = answer.data?.attachEvidenceLink;
        if (answer.error || !outcome) return failureMessage(answer.error, locale, t);
        if (isAppError(outcome)) return outcome;
      }
    } catch {
      return t('common.networkError');
    }
    refresh();
    return null;
  };

  const remove = async (item: Evidence): Promise<AppError | string | null> => {
    const answer = await removeEvidence({ input: { id: item.id } });
    const outcome = answer.data?.removeEvidence;
    if (answer.error || !outcome) return failureMessage(answer.error, locale, t);
    if (isAppError(outcome)) return outcome;
    refresh();
    return null;
  };

  return { byCode, attach, remove, refresh };
}
