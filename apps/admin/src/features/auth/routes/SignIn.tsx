import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { isAppError } from '../../../graphql/errors.ts';
import { failureMessage } from '../../../graphql/failure.ts';
import { setLanguage } from '../../../i18n/index.ts';
import { useLocale } from '../../../lib/locale.ts';
import { LanguageSwitch } from '../../../ui/LanguageSwitch.tsx';
import { PUBLIC_ROOT } from '../../public/paths.ts';
import { SIGN_IN } from '../operations.ts';
import { useSession } from '../session.tsx';

interface Fields {
  email: string;
  password: string;
}

export function SignIn() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { refresh } = useSession();
  const [state, signIn] = useMutation(SIGN_IN);
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<Fields>({
    defaultValues: { email: '', password: '' },
  });
  const onSubmit = handleSubmit(async (fields) => {
    setError(null);
    const answer = await signIn({ input: fields });
    const result = answer.data?.signIn;
    if (answer.error) setError(failureMessage(answer.error, locale, t));
    else if (isAppError(result)) setError(result.messages?.[locale] ?? result.message);
    else refresh();
  });
  return (
    <main className="sign-in" id="main">
      <div className="sign-in-lang">
        <LanguageSwitch onChange={setLanguage} />
      </div>
      <form onSubmit={onSubmit} noValidate aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">{t('signIn.title')}</h1>
        <p className="muted">{t('signIn.subtitle')}</p>
        <label className="sign-in-field">
          {t('signIn.email')}
          <input type="email" autoComplete="username" {...register('email', { required: true })} />
        </label>
        {formState.errors.email && <p className="field-error">{t('signIn.required')}</p>}
        <label className="sign-in-field">
          {t('signIn.password')}
          <input
            type="password"
            autoComplete="current-password"
            {...register('password', { required: true })}
          />
        </label>
        {formState.errors.password && <p className="field-error">{t('signIn.required')}</p>}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={state.fetching}>
          {t('signIn.submit')}
        </button>
      </form>
      <p className="sign-in-public">
        <Link to={PUBLIC_ROOT}>{t('public.link')}</Link>
      </p>
    </main>
  );
}
