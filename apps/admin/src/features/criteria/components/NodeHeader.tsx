import { formatPoints, type LocalizedText, type Rule } from '@chiso/scoring';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale.ts';
import type { CriteriaIssue } from '../operations.ts';
import type { EditorKind } from './draft.ts';

interface Props {
  kind: EditorKind;
  node: {
    code: string;
    name: LocalizedText;
    maxPoints: number;
    number?: number | undefined;
    rule?: Rule | undefined;
  };
  issues: readonly CriteriaIssue[];
}

/** A node's line in the editor: code, name, maximum, rule kind, and what the server says is wrong. */
export function NodeHeader({ kind, node, issues }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="node-header">
      <span className="node-title">
        <span className="code">{node.code}</span>
        {node.number !== undefined && (
          <span className="muted"> ({t('editor.numbered', { n: node.number })})</span>
        )}{' '}
        {node.name[locale]}
      </span>
      <span className="node-meta">
        <span className="muted small">{t(`editor.kinds.${kind}`)}</span>
        {node.rule && <span className="badge">{t(`ruleKind.${node.rule.kind}`)}</span>}
        <span className="points" data-testid={`max-${node.code}`}>
          {t('rule.max', { points: formatPoints(Math.round(node.maxPoints * 100), locale) })}
        </span>
      </span>
      {issues.length > 0 && (
        <ul className="node-issues" aria-label={t('editor.issuesAt', { code: node.code })}>
          {issues.map((issue) => (
            <li key={`${issue.field}-${issue.code}-${issue.messages.en}`} className="field-error">
              {issue.field && <code>{issue.field}</code>} {issue.messages[locale]}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
