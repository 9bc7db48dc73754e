import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { AppError } from '../../../graphql/errors.ts';
import { useAction } from '../../../graphql/useAction.ts';
import { dayText } from '../../../lib/dates.ts';
import { FormDateInput } from '../../../ui/DateField.tsx';
import { ErrorBanner } from '../../../ui/ErrorBanner.tsx';
import { AdminOnly, UnitAdminNav } from '../components/UnitAdminNav.tsx';
import { UnitPicker } from '../components/UnitPicker.tsx';
import { MERGE_UNITS, type PickedUnit, RENAME_UNIT, SPLIT_UNIT } from '../operations.ts';

const KINDS = ['MERGED', 'SPLIT', 'RENAMED'] as const;
type Kind = (typeof KINDS)[number];

const values = (required: string, invalidDay: string) => {
  const text = z.string().trim().min(1, required);
  return z.object({
    kind: z.enum(KINDS),
    date: dayText(invalidDay).min(1, required),
    document: z.string().trim().max(100),
    newName: z.string(),
    successors: z.array(z.object({ code: text, name: text, type: text })),
  });
};
type Values = z.output<ReturnType<typeof values>>;
const blank = { code: '', name: '', type: '' };

/** How many old units and new units each change takes. */
const SHAPE: Record<Kind, { old: number; successors: number }> = {
  MERGED: { old: 2, successors: 1 },
  SPLIT: { old: 1, successors: 2 },
  RENAMED: { old: 1, successors: 0 },
};

/** Records a merge (sáp nhập), split (chia tách) or rename (đổi tên) decided by a resolution. */
export default function UnitChanges() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('unitAdmin.changes.title')}</h1>
      <UnitAdminNav />
      <AdminOnly>
        <ChangeForm />
      </AdminOnly>
    </div>
  );
}

function ChangeForm() {
  const { t } = useTranslation();
  const schema = useMemo(() => values(t('unitAdmin.required'), t('common.invalidDay')), [t]);
  const { register, handleSubmit, control, reset, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { kind: 'MERGED' as Kind, date: '', document: '', newName: '', successors: [blank] },
  });
  const { fields, append, remove, replace } = useFieldArray({ control, name: 'successors' });
  const kind = useWatch({ control, name: 'kind' });
  const [picked, setPicked] = useState<PickedUnit[]>([]);
  const [banner, setBanner] = useState<AppError | string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [merging, merge] = useAction(MERGE_UNITS, 'mergeUnits');
  const [splitting, split] = useAction(SPLIT_UNIT, 'splitUnit');
  const [renaming, rename] = useAction(RENAME_UNIT, 'renameUnit');

  const changeKind = (next: Kind) => {
    // The form's rows follow the change: one new unit for a merge, two pieces (at least) for a split.
    replace(Array.from({ length: SHAPE[next].successors }, () => blank));
    setPicked((units) => (SHAPE[next].old === 1 ? units.slice(0, 1) : units));
  };

  const onSubmit = async (v: Values) => {
    setDone(null);
    const shape = SHAPE[v.kind];
    if (picked.length < shape.old) {
      setBanner(t('unitAdmin.changes.pickMore', { count: shape.old }));
      return;
    }
    if (v.kind === 'RENAMED' && !v.newName.trim()) {
      setBanner(t('unitAdmin.changes.newNameRequired'));
      return;
    }
    const common = { date: v.date, document: v.document || null };
    const [first] = picked;
    const outcome =
      v.kind === 'MERGED'
        ? await merge({
            input: { ...common, unitIds: picked.map((u) => u.id), successor: v.successors[0] ?? blank },
          })
        : v.kind === 'SPLIT'
          ? await split({ input: { ...common, id: first?.id ?? '', successors: v.successors } })
          : await rename({ input: { ...common, id: first?.id ?? '', name: v.newName.trim() } });
    if (!outcome.ok) {
      setBanner(outcome.error);
      return;
    }
    setBanner(null);
    const names = (Array.isArray(outcome.data) ? outcome.data : [outcome.data]).map((u) => u.name);
    setDone(t('unitAdmin.changes.done', { kind: t(`units.lineageKind.${v.kind}`), names: names.join(', ') }));
    setPicked([]);
    reset({
      kind: v.kind,
      date: v.date,
      document: v.document,
      newName: '',
      successors: fields.map(() => blank),
    });
  };

  const error = (name: 'date') => formState.errors[name]?.message;
  return (
    <form
      className="panel"
      aria-label={t('unitAdmin.changes.form')}
      onSubmit={handleSubmit(onSubmit)}
      noValidate
    >
      <fieldset>
        <legend>{t('unitAdmin.changes.kind')}</legend>
        {KINDS.map((option) => (
          <label key={option}>
            <input
              type="radio"
              value={option}
              {...register('kind', { onChange: (event) => changeKind(event.target.value as Kind) })}
            />{' '}
            {t(`units.lineageKind.${option}`)}{' '}
          </label>
        ))}
      </fieldset>
      <UnitPicker
        id="change-units"
        label={t(kind === 'MERGED' ? 'unitAdmin.changes.mergedUnits' : 'unitAdmin.changes.unit')}
        picked={picked}
        onChange={setPicked}
        max={SHAPE[kind].old === 1 ? 1 : 200}
      />
      <div className="form-grid">
        <div className="form-field">
          <label htmlFor="change-date">{t('unitAdmin.changes.date')}</label>
          <FormDateInput
            control={control}
            name="date"
            id="change-date"
            aria-invalid={error('date') ? true : undefined}
          />
          {error('date') && <span className="field-error">{error('date')}</span>}
        </div>
        <div className="form-field">
          <label htmlFor="change-document">{t('unitAdmin.document')}</label>
          <input id="change-document" {...register('document')} />
        </div>
      </div>
      {kind === 'RENAMED' ? (
        <div className="form-field">
          <label htmlFor="change-newName">{t('unitAdmin.changes.newName')}</label>
          <input id="change-newName" {...register('newName')} />
        </div>
      ) : (
        <fieldset>
          <legend>{t(kind === 'MERGED' ? 'unitAdmin.changes.successor' : 'unitAdmin.changes.pieces')}</legend>
          {fields.map((row, index) => (
            <div key={row.id} className="form-grid">
              {(['code', 'name', 'type'] as const).map((part) => (
                <div key={part} className="form-field">
                  <label htmlFor={`successor-${index}-${part}`}>
                    {t(`unitAdmin.changes.${part}`)} {fields.length > 1 ? index + 1 : ''}
                  </label>
                  <input id={`successor-${index}-${part}`} {...register(`successors.${index}.${part}`)} />
                  {formState.errors.successors?.[index]?.[part] && (
                    <span className="field-error">{formState.errors.successors[index]?.[part]?.message}</span>
                  )}
                </div>
              ))}
              {kind === 'SPLIT' && fields.length > 2 && (
                <button type="button" onClick={() => remove(index)}>
                  {t('unitAdmin.changes.removePiece')}
                </button>
              )}
            </div>
          ))}
          {kind === 'SPLIT' && (
            <button type="button" onClick={() => append(blank)}>
              {t('unitAdmin.changes.addPiece')}
            </button>
          )}
        </fieldset>
      )}
      <ErrorBanner error={banner} />
      {done && (
        <p role="status" className="banner">
          {done}
        </p>
      )}
      <div className="actions-inline">
        <button type="submit" className="primary" disabled={merging || splitting || renaming}>
          {t('unitAdmin.changes.submit')}
        </button>
      </div>
    </form>
  );
}
