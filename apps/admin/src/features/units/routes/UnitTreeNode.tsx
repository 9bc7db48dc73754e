import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { nodeOf } from '../../../graphql/graphql.ts';
import { UNIT_CHILDREN, type UnitRow } from '../operations.ts';

interface Props {
  unit: UnitRow;
  selected: string | null;
  onSelect: (id: string) => void;
}

/** One unit of the tree; its children load when it is expanded. */
export function UnitTreeNode({ unit, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const count = unit.children?.totalCount ?? 0;
  return (
    <li aria-current={selected === unit.id || undefined}>
      {count > 0 ? (
        <button
          type="button"
          className="tree-toggle"
          aria-expanded={open}
          aria-label={t(open ? 'units.collapse' : 'units.expand', { name: unit.name })}
          onClick={() => setOpen(!open)}
        >
          {open ? '▾' : '▸'}
        </button>
      ) : (
        <span className="tree-toggle" aria-hidden="true" />
      )}
      <button type="button" className="link" onClick={() => onSelect(unit.id)}>
        {unit.name}
      </button>{' '}
      <span className="muted small">
        {unit.code}
        {count > 0 && ` · ${t('units.childCount', { count })}`}
      </span>
      {open && <UnitChildren id={unit.id} selected={selected} onSelect={onSelect} />}
    </li>
  );
}

function UnitChildren({
  id,
  selected,
  onSelect,
}: {
  id: string;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({
    query: UNIT_CHILDREN,
    variables: { id },
  });
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  return (
    <ul>
      {(nodeOf(data.node, 'Unit')?.children.edges ?? []).map(({ node }) => (
        <UnitTreeNode key={node.id} unit={node} selected={selected} onSelect={onSelect} />
      ))}
    </ul>
  );
}
