import {
  type CriteriaSet,
  type Criterion,
  checkRuleInput,
  formatPoints,
  type Indicator,
  type NodeResult,
} from '@chiso/scoring';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale.ts';
import type { RawInput } from '../../../lib/scoring.ts';
import { RuleInput } from '../../../rule-kinds/RuleInput.tsx';
import { RuleSummary } from '../../../rule-kinds/RuleSummary.tsx';

interface Props {
  set: CriteriaSet;
  /** Points per node code from the running score; absent for a read-only tree. */
  results?: Map<string, NodeResult> | undefined;
  raws?: Readonly<Record<string, RawInput>> | undefined;
  onChange?: ((code: string, value: RawInput) => void) | undefined;
  /** Messages per node code (the server's issues, or the scorer's findings). */
  errors?: Readonly<Record<string, string>> | undefined;
  disabled?: boolean | undefined;
  /** More for each scored node: evidence requirement, explanation, reviewer fields. */
  renderExtra?: ((node: Criterion | Indicator) => ReactNode) | undefined;
}

/** Categories > groups > criteria > indicators, with an input per scored node when editable. */
export function CriteriaTree({ set, results, raws, onChange, errors, disabled, renderExtra }: Props) {
  const locale = useLocale();
  const points = (code: string, max: number) => {
    const result = results?.get(code);
    return result
      ? `${formatPoints(result.points, locale)} / ${formatPoints(result.maxPoints, locale)}`
      : formatPoints(Math.round(max * 100), locale);
  };
  return (
    <div className="criteria-tree">
      {set.categories.map((category) => (
        <section key={category.code} className="category">
          <h2>
            <span className="code">{category.code}</span> {category.name[locale]}
            <span className="points">{points(category.code, category.maxPoints)}</span>
          </h2>
          {category.groups.map((group) => (
            <section key={group.code} className="group">
              <h3>
                <span className="code">{group.code}</span> {group.name[locale]}
                <span className="points">{points(group.code, group.maxPoints)}</span>
              </h3>
              <ol className="criteria">
                {group.criteria.map((criterion) => (
                  <CriterionRow
                    key={criterion.code}
                    criterion={criterion}
                    result={results?.get(criterion.code)}
                    indicatorResults={criterion.indicators?.map((indicator) => results?.get(indicator.code))}
                    raws={raws}
                    onChange={onChange}
                    errors={errors}
                    disabled={disabled}
                    renderExtra={renderExtra}
                  />
                ))}
              </ol>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}

interface RowProps extends Omit<Props, 'set' | 'results'> {
  criterion: Criterion;
  result: NodeResult | undefined;
  indicatorResults: Array<NodeResult | undefined> | undefined;
}

const CriterionRow = memo(function CriterionRow({
  criterion,
  result,
  indicatorResults,
  raws,
  onChange,
  errors,
  disabled,
  renderExtra,
}: RowProps) {
  return (
    <li className="criterion">
      <ScoredNodeView
        node={criterion}
        result={result}
        raws={raws}
        onChange={onChange}
        errors={errors}
        disabled={disabled}
        renderExtra={renderExtra}
        {...(criterion.number === undefined ? {} : { number: criterion.number })}
      />
      {criterion.indicators && (
        <ul className="indicators">
          {criterion.indicators.map((indicator, index) => (
            <li key={indicator.code} className="indicator">
              <ScoredNodeView
                node={indicator}
                result={indicatorResults?.[index]}
                raws={raws}
                onChange={onChange}
                errors={errors}
                disabled={disabled}
                renderExtra={renderExtra}
              />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
});

function ScoredNodeView({
  node,
  number,
  result,
  raws,
  onChange,
  errors,
  disabled,
  renderExtra,
}: Omit<RowProps, 'criterion' | 'indicatorResults'> & { node: Criterion | Indicator; number?: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const inputId = `input-${node.code}`;
  const finding = result?.finding;
  // Before saving, the value is held to the check the server refuses it with: same code, same words.
  const refused =
    node.rule && result && result.input !== null && result.input !== undefined
      ? checkRuleInput(node.rule, result.input, { max: result.maxPoints })
      : undefined;
  const error =
    errors?.[node.code] ??
    refused?.messages[locale] ??
    (finding && finding.code !== 'MISSING' && finding.code !== 'COHORT_BEST_UNKNOWN'
      ? `${t(`finding.${finding.code}`)}${finding.problem ? ` (${finding.problem.messages[locale]})` : ''}`
      : undefined);
  return (
    <div className="scored-node" data-code={node.code}>
      <div className="node-head">
        <label htmlFor={node.rule ? inputId : undefined} className="node-name">
          <span className="code">{number === undefined ? node.code : `${number}.`}</span> {node.name[locale]}
        </label>
        {result && (
          <span className="points" data-testid={`points-${node.code}`}>
            {formatPoints(result.points, locale)} / {formatPoints(result.maxPoints, locale)}
          </span>
        )}
      </div>
      {node.rule && (
        <div className="node-body">
          <RuleSummary rule={node.rule} max={node.maxPoints} />
          {node.method && <p className="method">{node.method[locale]}</p>}
          {onChange && (
            <RuleInput
              id={inputId}
              label={node.name[locale]}
              rule={node.rule}
              value={raws?.[node.code]}
              onChange={(value) => onChange(node.code, value)}
              disabled={disabled ?? false}
              error={error}
            />
          )}
          {renderExtra?.(node)}
        </div>
      )}
    </div>
  );
}
