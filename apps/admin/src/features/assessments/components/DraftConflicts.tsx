import type { Rule, ScoredNode } from '@chiso/scoring';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale.ts';
import { type RawInput, toRawInput } from '../../../lib/scoring.ts';
import type { DraftConflict } from '../entry/draft.ts';

interface Props {
  conflicts: readonly DraftConflict[];
  nodes: readonly ScoredNode[];
  onKeepMine: (code: string) => void;
  onTakeTheirs: (code: string) => void;
}

/** Criteria typed here that someone else saved meanwhile: both values side by side, the person chooses. */
export function DraftConflicts({ conflicts, nodes, onKeepMine, onTakeTheirs }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (conflicts.length === 0) return null;
  const byCode = new Map(nodes.map((node) => [node.code, node]));
  return (
    <section className="banner warning draft-conflicts" aria-labelledby="draft-conflicts-title">
      <h2 id="draft-conflicts-title">{t('entry.conflicts.title', { count: conflicts.length })}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('entry.conflicts.criterion')}</th>
            <th scope="col">{t('entry.conflicts.mine')}</th>
            <th scope="col">{t('entry.conflicts.theirs')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('entry.conflicts.choose')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map(({ code, mine, theirs }) => {
            const node = byCode.get(code);
            if (!node) return null;
            return (
              <tr key={code} data-testid={`conflict-${code}`}>
                <th scope="row">
                  <a href={`#input-${code}`}>{code}</a> {node.name[locale]}
                </th>
                <td>
                  <Value text={shown(node.rule, mine.raw, t, locale)} explanation={mine.explanation} />
                </td>
                <td>
                  <Value
                    text={shown(node.rule, toRawInput(node.rule, theirs.input, locale), t, locale)}
                    explanation={theirs.explanation ?? ''}
                  />
                </td>
                <td>
                  <button type="button" onClick={() => onKeepMine(code)}>
                    {t('entry.conflicts.keepMine')}
                  </button>{' '}
                  <button type="button" onClick={() => onTakeTheirs(code)}>
                    {t('entry.conflicts.takeTheirs')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function Value({ text, explanation }: { text: string; explanation: string }) {
  return (
    <>
      <strong>{text}</strong>
      {explanation.trim() && <div className="small">{explanation}</div>}
    </>
  );
}

/** A value as its widget shows it: the option's label, yes/no in words, a ratio as n / d. */
function shown(rule: Rule, raw: RawInput | undefined, t: TFunction, locale: 'vi' | 'en'): string {
  if (raw === undefined) return t('input.notEntered');
  if (typeof raw !== 'string') {
    return raw.numerator || raw.denominator ? `${raw.numerator} / ${raw.denominator}` : t('input.notEntered');
  }
  if (raw === '') return t('input.notEntered');
  if (rule.kind === 'yesNo') return raw === 'yes' ? t('input.yes') : raw === 'no' ? t('input.no') : raw;
  if (rule.kind === 'choice')
    return rule.options.find((option) => option.value === raw)?.label[locale] ?? raw;
  return raw;
}
