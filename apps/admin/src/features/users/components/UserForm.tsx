import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { AppError } from '../../../graphql/errors.ts';
import { issueText } from '../../../graphql/errors.ts';
import { useLocale } from '../../../lib/locale.ts';
import { ErrorBanner } from '../../../ui/ErrorBanner.tsx';
import { FormActions } from '../../../ui/fields.tsx';
import type { Role } from '../../auth/operations.ts';
import type { UserRow } from '../operations.ts';
import { type PickedUnit, UnitPicker } from './UnitPicker.tsx';

export const ROLES = ['ADMIN', 'REVIEWER', 'UNIT_OFFICER', 'ANALYST'] as const satisfies readonly Role[];
const FIELDS = ['email', 'name', 'role', 'locale', 'unitIds'] as const;

const userValues = (texts: { required: string; invalidEmail: string; unitsHelp: string }) =>
  z
    .object({
      email: z.string().trim().min(1, texts.required).pipe(z.email(texts.invalidEmail)),
      name: z.string().trim().min(1, texts.required),
      role: z.enum(ROLES),
      locale: z.enum(['vi', 'en']),
      units: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
    })
    .refine((values) => values.role !== 'UNIT_OFFICER' || values.units.length > 0, {
      path: ['units'],
      message: texts.unitsHelp,
    });
export type UserValues = z.output<ReturnType<typeof userValues>>;

/**
 * Create or edit an account: who, their role and the units they work for. The API re-checks
 * everything (a free email, units that exist); its messages land beside their fields.
 */
export function UserForm({
  user,
  submitLabel,
  busy,
  onSubmit,
  onCancel,
}: {
  user?: UserRow;
  submitLabel: string;
  busy: boolean;
  onSubmit: (values: UserValues) => Promise<AppError | string | null>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const schema = useMemo(
    () =>
      userValues({
        required: t('users.required'),
        invalidEmail: t('users.invalidEmail'),
        unitsHelp: t('users.unitsHelp'),
      }),
    [t],
  );
  const { register, handleSubmit, setError, control, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: {
      email: user?.email ?? '',
      name: user?.name ?? '',
      role: (user?.role ?? 'UNIT_OFFICER') as (typeof ROLES)[number],
      locale: (user?.locale === 'en' ? 'en' : 'vi') as 'vi' | 'en',
      units: (user?.units ?? []) as PickedUnit[],
    },
  });
  const [banner, setBanner] = useState<AppError | string | null>(null);
  const prefix = user ? `user-${user.id}` : 'new-user';
  const submit = async (values: UserValues) => {
    const error = await onSubmit(values);
    setBanner(error);
    if (error && typeof error !== 'string')
      for (const issue of error.issues ?? []) {
        const field = FIELDS.find((name) => issue.path === name);
        if (field)
          setError(field === 'unitIds' ? 'units' : field, {
            type: 'server',
            message: issueText(issue, locale),
          });
      }
  };
  const errorOf = (name: 'email' | 'name' | 'role' | 'locale' | 'units') => formState.errors[name]?.message;
  const described = (name: 'email' | 'name') =>
    errorOf(name) ? { 'aria-invalid': true, 'aria-describedby': `${prefix}-${name}-error` } : {};
  return (
    <form className="user-form" onSubmit={handleSubmit(submit)} noValidate aria-label={submitLabel}>
      <div className="form-grid">
        <div className="form-field">
          <label htmlFor={`${prefix}-email`}>{t('users.email')}</label>
          <input id={`${prefix}-email`} type="email" {...register('email')} {...described('email')} />
          {errorOf('email') && (
            <span className="field-error" id={`${prefix}-email-error`}>
              {errorOf('email')}
            </span>
          )}
        </div>
        <div className="form-field">
          <label htmlFor={`${prefix}-name`}>{t('users.name')}</label>
          <input id={`${prefix}-name`} {...register('name')} {...described('name')} />
          {errorOf('name') && (
            <span className="field-error" id={`${prefix}-name-error`}>
              {errorOf('name')}
            </span>
          )}
        </div>
        <div className="form-field">
          <label htmlFor={`${prefix}-role`}>{t('users.role')}</label>
          <select id={`${prefix}-role`} {...register('role')}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${prefix}-locale`}>{t('users.locale')}</label>
          <select id={`${prefix}-locale`} {...register('locale')}>
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </div>
      </div>
      <Controller
        control={control}
        name="units"
        render={({ field }) => (
          <UnitPicker
            id={`${prefix}-unit-search`}
            label={t('users.units')}
            value={field.value}
            onChange={field.onChange}
          />
        )}
      />
      {errorOf('units') && <p className="field-error">{errorOf('units')}</p>}
      <ErrorBanner error={banner} />
      <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
