import { type CriteriaSet, formatNumber } from '@chiso/scoring';
import { type MouseEvent, memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale.ts';
import type { SectionProgress } from '../progress.ts';

interface Props {
  set: CriteriaSet;
  /** Entered of all per category and group code. */
  progress: ReadonlyMap<string, SectionProgress>;
}

/**
 * The form's categories and groups, each a link to its section with how much of it is entered; the
 * section being read is marked as the page scrolls. On narrow screens it folds into one line.
 */
export const SectionIndex = memo(function SectionIndex({ set, progress }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const current = useCurrentSection(set);
  const [open, setOpen] = useState(false);
  const currentName = set.categories
    .flatMap((category) => [category, ...category.groups])
    .find(({ code }) => code === current)?.name[locale];

  const jump = (code: string) => (event: MouseEvent) => {
    const section = document.getElementById(`section-${code}`);
    if (!section) return;
    event.preventDefault();
    section.scrollIntoView({ block: 'start' });
    // Rows laid out only as they come near the screen (content-visibility) may move it: align again.
    window.requestAnimationFrame?.(() => section.scrollIntoView({ block: 'start' }));
    // Moves the keyboard's place too, so Tab continues from the section's first field.
    section.querySelector<HTMLElement>('h2, h3')?.focus({ preventScroll: true });
    setOpen(false);
  };
  const item = (code: string, name: string) => {
    const done = progress.get(code);
    const complete = done !== undefined && done.entered === done.total;
    return (
      <a
        href={`#section-${code}`}
        onClick={jump(code)}
        aria-current={code === current ? 'location' : undefined}
        className={complete ? 'section-link complete' : 'section-link'}
      >
        <span className="code">{code}</span> <span className="name">{name}</span>
        {done && (
          <span className="count">
            {formatNumber(done.entered, locale)}/{formatNumber(done.total, locale)}
          </span>
        )}
      </a>
    );
  };

  return (
    <nav className={open ? 'section-index open' : 'section-index'} aria-label={t('entry.index.title')}>
      <button
        type="button"
        className="section-index-toggle"
        aria-expanded={open}
        aria-controls="section-index-list"
        onClick={() => setOpen(!open)}
      >
        {t('entry.index.title')}
        {currentName && <span className="muted"> · {currentName}</span>}
      </button>
      <h2 className="section-index-title">{t('entry.index.title')}</h2>
      <ol id="section-index-list">
        {set.categories.map((category) => (
          <li key={category.code}>
            {item(category.code, category.name[locale])}
            <ol>
              {category.groups.map((group) => (
                <li key={group.code}>{item(group.code, group.name[locale])}</li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  );
});

/**
 * The group (or category, above its first group) at the top of the screen: the first in the form's
 * order of the sections crossing a band just below the sticky bars.
 */
function useCurrentSection(set: CriteriaSet): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const order = set.categories.flatMap((category) => [
      category.code,
      ...category.groups.map(({ code }) => code),
    ]);
    const crossing = new Set<string>();
    const observer = new IntersectionObserver(
      (changes) => {
        for (const change of changes) {
          const code = (change.target as HTMLElement).id.replace(/^section-/, '');
          if (change.isIntersecting) crossing.add(code);
          else crossing.delete(code);
        }
        // The innermost section: a group inside its category wins over the category itself.
        const found = order.filter((code) => crossing.has(code)).at(-1);
        if (found) setCurrent(found);
      },
      { rootMargin: '-15% 0px -80% 0px' },
    );
    for (const code of order) {
      const section = document.getElementById(`section-${code}`);
      if (section) observer.observe(section);
    }
    return () => observer.disconnect();
  }, [set]);
  return current;
}
