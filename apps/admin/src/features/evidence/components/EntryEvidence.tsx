import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../graphql/errors.ts';
import { useLocale } from '../../../lib/locale.ts';
import type { Evidence } from '../operations.ts';
import { type EvidenceDraft, EvidenceForm } from './EvidenceForm.tsx';
import { EvidenceList } from './EvidenceList.tsx';

interface Props {
  nodeCode: string;
  items: readonly Evidence[];
  editable: boolean;
  onAttach: (draft: EvidenceDraft, mode: 'file' | 'link') => Promise<AppError | string | null>;
  onRemove: (item: Evidence) => Promise<AppError | string | null>;
}

/** A criterion's evidence in the entry form: the list, remove, and the attach form while editable. */
export function EntryEvidence({ nodeCode, items, editable, onAttach, onRemove }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [error, setError] = useState<string | null>(null);
  const remove = async (item: Evidence) => {
    const answer = await onRemove(item);
    setError(answer && (typeof answer === 'string' ? answer : (answer.messages?.[locale] ?? answer.message)));
  };
  return (
    <div className="entry-evidence">
      <EvidenceList items={items} onRemove={editable ? (item) => void remove(item) : undefined} />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {editable && (
        <details className="evidence-add" id={`evidence-add-${nodeCode}`}>
          <summary>{t('evidence.add')}</summary>
          <EvidenceForm nodeCode={nodeCode} onAttach={onAttach} />
        </details>
      )}
    </div>
  );
}
