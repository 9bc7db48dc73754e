import { type Criterion, formatPoints, type Indicator } from '@chiso/scoring';
import { createContext, memo, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../graphql/errors.ts';
import { hundredths, useLocale } from '../../../lib/locale.ts';
import { EntryEvidence } from '../../evidence/components/EntryEvidence.tsx';
import type { EvidenceDraft } from '../../evidence/components/EvidenceForm.tsx';
import type { Evidence } from '../../evidence/operations.ts';
import type { AssessmentEntry } from '../operations.ts';
import { GrowingTextarea } from './GrowingTextarea.tsx';

type Outcome = Promise<AppError | string | null>;

/** What the entry page knows beside each scored node's input; the callbacks keep their identity. */
export interface EntryExtras {
  entries: ReadonlyMap<string, AssessmentEntry>;
  explanations: Readonly<Record<string, string>>;
  evidence: ReadonlyMap<string, readonly Evidence[]>;
  /** Codes whose required evidence is missing with no explanation written. */
  unexplained: ReadonlySet<string>;
  editable: boolean;
  onExplain: (code: string, text: string) => void;
  onAttach: (code: string, draft: EvidenceDraft, mode: 'file' | 'link') => Outcome;
  onRemove: (item: Evidence) => Outcome;
}

/**
 * Handed down by context rather than through the tree: the tree's rows then keep one `renderExtra`
 * and skip rendering, and each node's part below picks its own slice and renders only when it changed.
 */
export const EntryExtrasContext = createContext<EntryExtras | null>(null);

const NO_EVIDENCE: readonly Evidence[] = [];

/** The evidence requirement, evidence, explanation and reviewer's comment under one node's input. */
export function EntryExtra({ node }: { node: Criterion | Indicator }) {
  const extras = useContext(EntryExtrasContext);
  if (!extras) return null;
  return (
    <NodeExtra
      node={node}
      entry={extras.entries.get(node.code)}
      explanation={extras.explanations[node.code] ?? ''}
      evidence={extras.evidence.get(node.code) ?? NO_EVIDENCE}
      needsExplanation={extras.editable && extras.unexplained.has(node.code)}
      editable={extras.editable}
      onExplain={extras.onExplain}
      onAttach={extras.onAttach}
      onRemove={extras.onRemove}
    />
  );
}

interface NodeExtraProps extends Pick<EntryExtras, 'editable' | 'onExplain' | 'onAttach' | 'onRemove'> {
  node: Criterion | Indicator;
  entry: AssessmentEntry | undefined;
  explanation: string;
  evidence: readonly Evidence[];
  needsExplanation: boolean;
}

const NodeExtra = memo(function NodeExtra({
  node,
  entry,
  explanation,
  evidence,
  needsExplanation,
  editable,
  onExplain,
  onAttach,
  onRemove,
}: NodeExtraProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const explanationId = `explanation-${node.code}`;
  return (
    <div className="entry-extra">
      {node.evidence && (
        <p className={node.evidence.required ? 'evidence required' : 'evidence'}>
          {node.evidence.required ? t('entry.evidenceRequired') : t('entry.evidenceOptional')}
          {node.evidence.description && <>: {node.evidence.description[locale]}</>}
          {entry?.hasEvidence ? ` · ${t('entry.hasEvidence')}` : ''}
        </p>
      )}
      <EntryEvidence
        nodeCode={node.code}
        items={evidence}
        editable={editable}
        onAttach={(draft, mode) => onAttach(node.code, draft, mode)}
        onRemove={onRemove}
      />
      <label htmlFor={explanationId} className="small">
        {t('entry.explanation')}
        {needsExplanation && <> ({t('evidence.explanationRequired')})</>}
      </label>
      <GrowingTextarea
        id={explanationId}
        value={explanation}
        disabled={!editable}
        aria-invalid={needsExplanation || undefined}
        aria-describedby={needsExplanation ? `${explanationId}-missing` : undefined}
        onChange={(event) => onExplain(node.code, event.target.value)}
      />
      {needsExplanation && (
        <p className="field-error" id={`${explanationId}-missing`}>
          {t('evidence.explainMissing')}
        </p>
      )}
      {entry?.reviewerComment && (
        <p className="reviewer-comment">
          {t('entry.reviewerComment')}: {entry.reviewerComment}
          {entry.reviewedPoints !== null &&
            ` (${t('entry.reviewedPoints')}: ${formatPoints(hundredths(entry.reviewedPoints), locale)})`}
        </p>
      )}
    </div>
  );
});
