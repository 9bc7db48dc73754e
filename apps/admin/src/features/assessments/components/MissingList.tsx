import { type MouseEvent, memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale.ts';
import type { MissingItem } from '../progress.ts';

interface Props {
  items: readonly MissingItem[];
  /** After a link has moved to its field (e.g. to fold the list away). */
  onFollow?: (() => void) | undefined;
}

/** What keeps the form from being submitted, two lists of links that each scroll to and focus the field. */
export const MissingList = memo(function MissingList({ items, onFollow }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const follow = (fieldId: string) => (event: MouseEvent) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.scrollIntoView({ block: 'center' });
    field.focus({ preventScroll: true });
    // Rows above it are laid out only now (content-visibility) and may push it: centre it again.
    window.requestAnimationFrame?.(() => field.scrollIntoView({ block: 'center' }));
    onFollow?.();
  };
  const list = (kind: MissingItem['kind'], heading: string) => {
    const ofKind = items.filter((item) => item.kind === kind);
    if (ofKind.length === 0) return null;
    return (
      <section>
        <h3>
          {heading} ({ofKind.length})
        </h3>
        <ul className="missing-items">
          {ofKind.map((item) => (
            <li key={item.fieldId}>
              <a href={`#${item.fieldId}`} onClick={follow(item.fieldId)}>
                <span className="code">{item.code}</span> {item.name[locale]}
              </a>
            </li>
          ))}
        </ul>
      </section>
    );
  };
  return (
    <div className="missing-list">
      {list('value', t('entry.missing.values'))}
      {list('explanation', t('entry.missing.explanations'))}
    </div>
  );
});
