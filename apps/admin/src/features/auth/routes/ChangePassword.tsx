import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { AppError } from '../../../graphql/errors.ts';
import { issueText } from '../../../graphql/errors.ts';
import { useAction } from '../../../graphql/useAction.ts';
import { useLocale } from '../../../lib/locale.ts';
import { ErrorBanner } from '../../../ui/ErrorBanner.tsx';
import { SignOutButton } from '../components/SignOutButton.tsx';
import { CHANGE_OWN_PASSWORD } from '../operations.ts';
import { useSession } from '../session.tsx';

/** The server's policy has the last word; the form only catches what needs no round trip. */
const MIN_LENGTH = 10;

const FIELDS = ['currentPassword', 'newPassword', 'confirmation'] as const;

const passwordValues = (texts: { required: string; tooShort: string; mismatch: string }) =>
  z
    .object({
      currentPassword: z.string().min(1, texts.required),
      newPassword: z.string().min(MIN_LENGTH, texts.tooShort),
      confirmation: z.string(),
    })
    .refine((values) => values.newPassword === values.confirmation, {
      path: ['confirmation'],
      message: texts.mismatch,
    });
type Values = z.output<ReturnType<typeof passwordValues>>;

/**
 * Changing one's own password. Forced when the person signed in with a temporary password: they
 * see nothing else until they have chosen their own (the API refuses everything else meanwhile).
 */
export default function ChangePassword() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { me, refresh } = useSession();
  const forced = me?.mustChangePassword ?? false;
  const schema = useMemo(
    () =>
      passwordValues({
        required: t('signIn.required'),
        tooShort: t('password.tooShort', { count: MIN_LENGTH }),
        mismatch: t('password.mismatch'),
      }),
    [t],
  );
  const { register, handleSubmit, setError, reset, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { currentPassword: '', newPassword: '', confirmation: '' },
  });
  const [busy, change] = useAction(CHANGE_OWN_PASSWORD, 'changeOwnPassword');
  const [banner, setBanner] = useState<AppError | string | null>(null);
  const [done, setDone] = useState(false);
  const onSubmit = async (values: Values) => {
    setDone(false);
    const outcome = await change({
      input: { currentPassword: values.currentPassword, newPassword: values.newPassword },
    });
    if (outcome.ok) {
      setBanner(null);
      reset();
      setDone(true);
      refresh();
      return;
    }
    setBanner(outcome.error);
    if (typeof outcome.error !== 'string')
      for (const issue of outcome.error.issues ?? []) {
        const field = FIELDS.find((name) => issue.path === name);
        if (field) setError(field, { type: 'server', message: issueText(issue, locale) });
      }
  };
  const field = (name: (typeof FIELDS)[number], autoComplete: string) => {
    const error = formState.errors[name]?.message;
    return (
      <div className="form-field">
        <label htmlFor={`password-${name}`}>{t(`password.${name}`)}</label>
        <input
          id={`password-${name}`}
          type="password"
          autoComplete={autoComplete}
          {...register(name)}
          {...(error ? { 'aria-invalid': true, 'aria-describedby': `password-${name}-error` } : {})}
        />
        {error && (
          <span className="field-error" id={`password-${name}-error`}>
            {error}
          </span>
        )}
      </div>
    );
  };
  const form = (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-labelledby="password-title"
      className="password-form"
    >
      <h1 id="password-title">{t(forced ? 'password.forcedTitle' : 'password.title')}</h1>
      {forced && <p className="muted">{t('password.forcedIntro')}</p>}
      <p className="muted">{t('password.policy', { count: MIN_LENGTH })}</p>
      {field('currentPassword', 'current-password')}
      {field('newPassword', 'new-password')}
      {field('confirmation', 'new-password')}
      <ErrorBanner error={banner} />
      {done && (
        <p className="banner ok" role="status">
          {t('password.changed')}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {t('password.submit')}
      </button>
      {forced && <SignOutButton />}
    </form>
  );
  return forced ? (
    <main className="sign-in" id="main">
      {form}
    </main>
  ) : (
    form
  );
}
