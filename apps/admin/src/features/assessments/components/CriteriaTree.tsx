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
        <section key={category.code} className="category" id={`section-${category.code}`}>
          <h2 tabIndex={-1}>
            <span className="code">{category.code}</span> {category.name[locale]}
            <span className="points">{points(category.code, category.maxPoints)}</span>
          </h2>
          {category.groups.map((group) => (
            <section key={group.code} className="group" id={`section-${group.code}`}>
              <h3 tabIndex={-1}>
                <span className="code">{group.code}</span> {group.name[locale]}
                <span className="points">{points(group.code, group.maxPoints)}</span>
              </h3>
              <ol className="criteria">
                {group.criteria.map((criterion) => (
                  <CriterionRow
                    key={criterion.code}
                    criterion={criterion}
                    results={results}
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

interface RowProps extends Omit<Props, 'set'> {
  criterion: Criterion;
}

/**
 * Whether a row would draw the same: it reads the maps only at its own codes, and a new score gives
 * every node a new result object, so results compare by what the row shows. A keystroke thus renders
 * the one row typed in (and, once scored, the rows whose points changed).
 */
function sameRow(before: RowProps, after: RowProps): boolean {
  if (
    before.criterion !== after.criterion ||
    before.onChange !== after.onChange ||
    before.disabled !== after.disabled ||
    before.renderExtra !== after.renderExtra
  )
    return false;
  const codes = [before.criterion.code, ...(before.criterion.indicators ?? []).map(({ code }) => code)];
  return codes.every(
    (code) =>
      before.raws?.[code] === after.raws?.[code] &&
      before.errors?.[code] === after.errors?.[code] &&
      sameResult(before.results?.get(code), after.results?.get(code)),
  );
}

function sameResult(before: NodeResult | undefined, after: NodeResult | undefined): boolean {
  if (before === after) return true;
  if (!before || !after) return false;
  return (
    before.points === after.points &&
    before.maxPoints === after.maxPoints &&
    before.finding?.code === after.finding?.code &&
    before.finding?.problem === after.finding?.problem
  );
}

const CriterionRow = memo(function CriterionRow({
  criterion,
  results,
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
        result={results?.get(criterion.code)}
        raws={raws}
        onChange={onChange}
        errors={errors}
        disabled={disabled}
        renderExtra={renderExtra}
        {...(criterion.number === undefined ? {} : { number: criterion.number })}
      />
      {criterion.indicators && (
        <ul className="indicators">
          {criterion.indicators.map((indicator) => (
            <li key={indicator.code} className="indicator">
              <ScoredNodeView
                node={indicator}
                result={results?.get(indicator.code)}
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
}, sameRow);

function ScoredNodeView({
  node,
  number,
  result,
  raws,
  onChange,
  errors,
  disabled,
  renderExtra,
}: Omit<RowProps, 'criterion' | 'results'> & {
  node: Criterion | Indicator;
  result: NodeResult | undefined;
  number?: number;
}) {
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
