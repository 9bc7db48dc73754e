import { formatNumber, matchesSearch, searchName } from '@chiso/scoring';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { z } from 'zod';
import { type AppError, issueText } from '../../../graphql/errors.ts';
import { useAction } from '../../../graphql/useAction.ts';
import { useLocale } from '../../../lib/locale.ts';
import { ErrorBanner } from '../../../ui/ErrorBanner.tsx';
import { AdminOnly, UnitAdminNav } from '../components/UnitAdminNav.tsx';
import { UnitPicker } from '../components/UnitPicker.tsx';
import {
  ASSIGN_UNITS,
  CREATE_UNIT_GROUP,
  type PickedUnit,
  REMOVE_UNITS,
  UNIT_GROUPS,
  UNIT_PICK,
  type UnitGroupRow,
  UPDATE_UNIT_GROUP,
} from '../operations.ts';

const groupValues = (required: string, position: string) =>
  z.object({
    code: z.string().trim(),
    name: z.string().trim().min(1, required),
    nameEn: z.string().trim().min(1, required),
    position: z.string().regex(/^\d{0,4}$/, position),
  });
type GroupValues = z.output<ReturnType<typeof groupValues>>;

/** Nhóm đơn vị: create and edit the cohorts units are ranked in, and put units in them. */
export default function UnitGroups() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('unitAdmin.groups.title')}</h1>
      <UnitAdminNav />
      <AdminOnly>
        <GroupsEditor />
      </AdminOnly>
    </div>
  );
}

function GroupsEditor() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [{ data }, refetch] = useQuery({ query: UNIT_GROUPS });
  const [selected, setSelected] = useState<string | null>(null);
  const groups = data?.unitGroups ?? [];
  const group = groups.find((candidate) => candidate.id === selected);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <div className="with-sidebar">
      <div className="main-column">
        <ul aria-label={t('unitAdmin.groups.list')}>
          {groups.map((candidate) => (
            <li key={candidate.id} aria-current={candidate.id === selected || undefined}>
              <button type="button" className="link" onClick={() => setSelected(candidate.id)}>
                {locale === 'en' ? candidate.nameEn : candidate.name}
              </button>{' '}
              <span className="muted small">
                {candidate.code} · {t('unitAdmin.groups.unitCount', { count: candidate.units.totalCount })}
              </span>
            </li>
          ))}
        </ul>
        {group && <GroupMembers key={group.id} group={group} onChanged={reload} />}
      </div>
      <aside className="sidebar">
        {group ? (
          <GroupForm key={group.id} group={group} onSaved={reload} />
        ) : (
          <GroupForm
            onSaved={(id) => {
              reload();
              if (id) setSelected(id);
            }}
          />
        )}
        {group && (
          <button type="button" onClick={() => setSelected(null)}>
            {t('unitAdmin.groups.new')}
          </button>
        )}
        <p className="muted small">
          {t('unitAdmin.groups.total', {
            count: groups.length,
            units: formatNumber(
              groups.reduce((sum, g) => sum + g.units.totalCount, 0),
              locale,
            ),
          })}
        </p>
      </aside>
    </div>
  );
}

/** Creates a group, or edits the one given (its code stays: periods and saved comparisons name it). */
function GroupForm({ group, onSaved }: { group?: UnitGroupRow; onSaved: (id?: string) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const schema = useMemo(
    () => groupValues(t('unitAdmin.required'), t('unitAdmin.groups.positionInvalid')),
    [t],
  );
  const { register, handleSubmit, reset, setError, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: {
      code: group?.code ?? '',
      name: group?.name ?? '',
      nameEn: group?.nameEn ?? '',
      position: String(group?.position ?? ''),
    },
  });
  const [creating, create] = useAction(CREATE_UNIT_GROUP, 'createUnitGroup');
  const [updating, update] = useAction(UPDATE_UNIT_GROUP, 'updateUnitGroup');
  const [banner, setBanner] = useState<AppError | string | null>(null);
  const [saved, setSaved] = useState(false);
  const onSubmit = async (v: GroupValues) => {
    setSaved(false);
    const position = v.position === '' ? null : Number(v.position);
    if (!group && !v.code) {
      setError('code', { message: t('unitAdmin.required') });
      return;
    }
    const outcome = group
      ? await update({ input: { id: group.id, name: v.name, nameEn: v.nameEn, position } })
      : await create({ input: { code: v.code, name: v.name, nameEn: v.nameEn, position } });
    if (!outcome.ok) {
      setBanner(outcome.error);
      if (typeof outcome.error !== 'string')
        for (const issue of outcome.error.issues) {
          if (issue.path === 'code' || issue.path === 'name' || issue.path === 'nameEn')
            setError(issue.path, { message: issueText(issue, locale) });
        }
      return;
    }
    setBanner(null);
    setSaved(true);
    if (!group) reset();
    onSaved(outcome.data.id);
  };
  const title = group ? t('unitAdmin.groups.edit') : t('unitAdmin.groups.create');
  const field = (name: keyof GroupValues, disabled = false) => (
    <div className="form-field">
      <label htmlFor={`group-${name}`}>{t(`unitAdmin.groups.${name}`)}</label>
      <input
        id={`group-${name}`}
        disabled={disabled}
        {...register(name)}
        aria-invalid={formState.errors[name] ? true : undefined}
      />
      {formState.errors[name] && <span className="field-error">{formState.errors[name]?.message}</span>}
    </div>
  );
  return (
    <form className="panel" aria-label={title} onSubmit={handleSubmit(onSubmit)} noValidate>
      <h2>{title}</h2>
      {field('code', Boolean(group))}
      {field('name')}
      {field('nameEn')}
      {field('position')}
      <ErrorBanner error={banner} />
      {saved && <p role="status">{t('unitAdmin.groups.saved')}</p>}
      <button type="submit" className="primary" disabled={creating || updating}>
        {t('unitAdmin.groups.save')}
      </button>
    </form>
  );
}

/** The group's units, filtered as typed (diacritics ignored), taken out or added. */
function GroupMembers({ group, onChanged }: { group: UnitGroupRow; onChanged: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  // Membership changes answer with the group only: Unit marks this list stale after any of them.
  const context = useMemo(() => ({ additionalTypenames: ['Unit', 'UnitGroup'] }), []);
  const [{ data }, refetch] = useQuery({
    query: UNIT_PICK,
    variables: { groupId: group.id, first: 200 },
    requestPolicy: 'cache-and-network',
    context,
  });
  const [filter, setFilter] = useState('');
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [adding, setAdding] = useState<PickedUnit[]>([]);
  const [banner, setBanner] = useState<AppError | string | null>(null);
  const [removing, remove] = useAction(REMOVE_UNITS, 'removeUnitsFromGroup');
  const [assigning, assign] = useAction(ASSIGN_UNITS, 'assignUnitsToGroup');
  const members = (data?.units.edges ?? [])
    .map((edge) => edge.node)
    .filter((unit) => matchesSearch(searchName(`${unit.name} ${unit.code}`), filter));
  const done = (outcome: { ok: boolean; error?: AppError | string }) => {
    setBanner(outcome.ok ? null : (outcome.error ?? null));
    if (!outcome.ok) return;
    setChecked(new Set());
    setAdding([]);
    refetch({ requestPolicy: 'network-only' });
    onChanged();
  };
  const name = locale === 'en' ? group.nameEn : group.name;
  return (
    <section className="panel" aria-label={t('unitAdmin.groups.members', { name })}>
      <h2>{t('unitAdmin.groups.members', { name })}</h2>
      <UnitPicker id="group-add" label={t('unitAdmin.groups.add')} picked={adding} onChange={setAdding} />
      <button
        type="button"
        className="primary"
        disabled={adding.length === 0 || assigning}
        onClick={async () =>
          done(await assign({ input: { id: group.id, unitIds: adding.map((u) => u.id) } }))
        }
      >
        {t('unitAdmin.groups.addButton', { count: adding.length })}
      </button>
      <div className="form-field">
        <label htmlFor="group-filter">{t('unitAdmin.groups.filter')}</label>
        <input id="group-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      <p className="muted small">{t('unitAdmin.groups.unitCount', { count: members.length })}</p>
      <ul className="unit-results">
        {members.map((unit) => (
          <li key={unit.id}>
            <label>
              <input
                type="checkbox"
                checked={checked.has(unit.id)}
                onChange={(event) => {
                  const next = new Set(checked);
                  if (event.target.checked) next.add(unit.id);
                  else next.delete(unit.id);
                  setChecked(next);
                }}
              />{' '}
              {unit.name} <span className="muted small">{unit.code}</span>
            </label>
          </li>
        ))}
      </ul>
      <ErrorBanner error={banner} />
      <button
        type="button"
        disabled={checked.size === 0 || removing}
        onClick={async () => done(await remove({ input: { id: group.id, unitIds: [...checked] } }))}
      >
        {t('unitAdmin.groups.removeButton', { count: checked.size })}
      </button>
    </section>
  );
}
