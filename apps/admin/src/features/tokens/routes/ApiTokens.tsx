import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { z } from 'zod';
import type { AppError } from '../../../graphql/errors.ts';
import { useAction } from '../../../graphql/useAction.ts';
import { formatDateTime } from '../../../lib/date-time.ts';
import { ErrorBanner } from '../../../ui/ErrorBanner.tsx';
import { OneTimeSecret } from '../../users/components/TemporaryPassword.tsx';
import { API_TOKENS, CREATE_API_TOKEN, REVOKE_API_TOKEN } from '../operations.ts';

const day = (value: unknown) => (value ? formatDateTime(value) : null);

/** Dashboards' API tokens: created with the secret shown once, revoked at once. */
export default function ApiTokens() {
  const { t } = useTranslation();
  const [{ data }, refetch] = useQuery({ query: API_TOKENS });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [creating, create] = useAction(CREATE_API_TOKEN, 'createApiToken');
  const [, revoke] = useAction(REVOKE_API_TOKEN, 'revokeApiToken');
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const [error, setError] = useState<AppError | string | null>(null);
  const schema = useMemo(
    () => z.object({ name: z.string().trim().min(1, t('users.required')).max(100) }),
    [t],
  );
  const { register, handleSubmit, reset, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { name: '' },
  });
  const onSubmit = async ({ name }: { name: string }) => {
    const outcome = await create({ input: { name } });
    setError(outcome.ok ? null : outcome.error);
    if (!outcome.ok) return;
    setSecret({ name: outcome.data.token.name, secret: outcome.data.secret });
    reset();
    reload();
  };
  const tokens = data?.apiTokens ?? [];
  return (
    <div className="page">
      <h1>{t('tokens.title')}</h1>
      <p className="muted">{t('tokens.help')}</p>
      {secret && (
        <OneTimeSecret
          title={t('tokens.secretTitle', { name: secret.name })}
          help={t('tokens.secretHelp')}
          secret={secret.secret}
          onClose={() => setSecret(null)}
        />
      )}
      <ErrorBanner error={error} />
      <form className="row" onSubmit={handleSubmit(onSubmit)} noValidate aria-label={t('tokens.create')}>
        <label htmlFor="token-name">{t('tokens.name')}</label>{' '}
        <input
          id="token-name"
          {...register('name')}
          aria-invalid={formState.errors.name ? true : undefined}
        />{' '}
        <button type="submit" className="primary" disabled={creating}>
          {t('tokens.create')}
        </button>
        {formState.errors.name && <span className="field-error">{formState.errors.name.message}</span>}
      </form>
      {tokens.length === 0 ? (
        <p>{t('tokens.empty')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('tokens.name')}</th>
              <th scope="col">{t('tokens.createdBy')}</th>
              <th scope="col">{t('tokens.createdAt')}</th>
              <th scope="col">{t('tokens.lastUsed')}</th>
              <th scope="col">{t('tokens.status')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <td>{token.name}</td>
                <td>{token.createdBy.name}</td>
                <td>{day(token.createdAt)}</td>
                <td>{day(token.lastUsedAt) ?? t('tokens.never')}</td>
                <td>
                  {token.revokedAt ? `${t('tokens.revoked')} ${day(token.revokedAt)}` : t('tokens.active')}
                </td>
                <td>
                  {!token.revokedAt && (
                    <button
                      type="button"
                      onClick={async () => {
                        if (!window.confirm(t('tokens.confirmRevoke', { name: token.name }))) return;
                        const outcome = await revoke({ input: { id: token.id } });
                        setError(outcome.ok ? null : outcome.error);
                        reload();
                      }}
                    >
                      {t('tokens.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
