import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { AppError } from '../../../graphql/errors.ts';
import { useAction } from '../../../graphql/useAction.ts';
import { ErrorBanner } from '../../../ui/ErrorBanner.tsx';
import { useSession } from '../../auth/session.tsx';
import { ImportOfficers } from '../components/ImportOfficers.tsx';
import { OneTimeSecret } from '../components/TemporaryPassword.tsx';
import { ROLES, UserForm, type UserValues } from '../components/UserForm.tsx';
import {
  CREATE_USER,
  DEACTIVATE_USER,
  REACTIVATE_USER,
  RESET_PASSWORD,
  UPDATE_USER,
  USERS,
  type UserRow,
} from '../operations.ts';

const formInput = (values: UserValues) => ({
  email: values.email,
  name: values.name,
  role: values.role,
  locale: values.locale,
  unitIds: values.units.map((unit) => unit.id),
});

/** People: who may sign in, with which role and units; accounts created, edited, deactivated, reset. */
export default function Users() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<(typeof ROLES)[number] | ''>('');
  const [includeDeactivated, setIncludeDeactivated] = useState(false);
  const [after, setAfter] = useState<string | null>(null);
  const term = useDeferredValue(search.trim());
  const [{ data, fetching }, refetch] = useQuery({
    query: USERS,
    variables: { search: term || null, role: role || null, includeDeactivated, after },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [secret, setSecret] = useState<{ email: string; password: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<AppError | string | null>(null);
  const [creatingBusy, createUser] = useAction(CREATE_USER, 'createUser');
  const [updatingBusy, updateUser] = useAction(UPDATE_USER, 'updateUser');
  const [, deactivate] = useAction(DEACTIVATE_USER, 'deactivateUser');
  const [, reactivate] = useAction(REACTIVATE_USER, 'reactivateUser');
  const [, reset] = useAction(RESET_PASSWORD, 'resetUserPassword');
  const users = data?.users.edges.map(({ node }) => node) ?? [];

  const act = async (outcome: Promise<{ ok: boolean; error?: AppError | string }>) => {
    const result = await outcome;
    setError(result.ok ? null : (result.error ?? null));
    reload();
    return result.ok;
  };
  const resetPassword = async (user: UserRow) => {
    if (!window.confirm(t('users.confirmReset', { name: user.name }))) return;
    const outcome = await reset({ input: { id: user.id } });
    if (outcome.ok) setSecret({ email: user.email, password: outcome.data.temporaryPassword });
    setError(outcome.ok ? null : outcome.error);
  };
  return (
    <div className="page">
      <h1>{t('users.title')}</h1>
      {secret && (
        <OneTimeSecret
          title={t('users.temporaryTitle', { email: secret.email })}
          help={t('users.temporaryHelp')}
          secret={secret.password}
          onClose={() => setSecret(null)}
        />
      )}
      {notice && (
        <p className="banner ok" role="status">
          {notice}
        </p>
      )}
      <ErrorBanner error={error} />
      {creating ? (
        <section aria-labelledby="create-user-title">
          <h2 id="create-user-title">{t('users.create')}</h2>
          <UserForm
            submitLabel={t('users.create')}
            busy={creatingBusy}
            onCancel={() => setCreating(false)}
            onSubmit={async (values) => {
              const outcome = await createUser({ input: formInput(values) });
              if (!outcome.ok) return outcome.error;
              setCreating(false);
              setSecret({ email: outcome.data.user.email, password: outcome.data.temporaryPassword });
              reload();
              return null;
            }}
          />
        </section>
      ) : (
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          {t('users.create')}
        </button>
      )}
      <div className="filters">
        <label>
          {t('users.search')}{' '}
          <input
            type="search"
            value={search}
            placeholder="nguyen van"
            onChange={(event) => {
              setSearch(event.target.value);
              setAfter(null);
            }}
          />
        </label>
        <label>
          {t('users.role')}{' '}
          <select
            value={role}
            onChange={(event) => {
              setRole(event.target.value as (typeof ROLES)[number] | '');
              setAfter(null);
            }}
          >
            <option value="">{t('users.allRoles')}</option>
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {t(`role.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={includeDeactivated}
            onChange={(event) => setIncludeDeactivated(event.target.checked)}
          />{' '}
          {t('users.includeDeactivated')}
        </label>
      </div>
      <p role="status">
        {fetching && !data ? t('common.loading') : t('users.count', { count: data?.users.totalCount ?? 0 })}
      </p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('users.name')}</th>
            <th scope="col">{t('users.email')}</th>
            <th scope="col">{t('users.role')}</th>
            <th scope="col">{t('users.units')}</th>
            <th scope="col">{t('users.status')}</th>
            <th scope="col">{t('users.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) =>
            editing === user.id ? (
              <tr key={user.id}>
                <td colSpan={6}>
                  <h2>{t('users.editTitle', { name: user.name })}</h2>
                  <UserForm
                    user={user}
                    submitLabel={t('users.save')}
                    busy={updatingBusy}
                    onCancel={() => setEditing(null)}
                    onSubmit={async (values) => {
                      const outcome = await updateUser({ input: { id: user.id, ...formInput(values) } });
                      if (!outcome.ok) return outcome.error;
                      setEditing(null);
                      setNotice(t('users.updated', { name: outcome.data.name }));
                      reload();
                      return null;
                    }}
                  />
                </td>
              </tr>
            ) : (
              <tr key={user.id}>
                <td>{user.name}</td>
                <td>{user.email}</td>
                <td>{t(`role.${user.role}`)}</td>
                <td>{user.units.map((unit) => unit.name).join('; ')}</td>
                <td>
                  {user.active ? t('users.active') : t('users.deactivated')}
                  {user.active && user.mustChangePassword && (
                    <span className="muted small"> · {t('users.mustChange')}</span>
                  )}
                </td>
                <td className="actions-inline">
                  <button type="button" onClick={() => setEditing(user.id)}>
                    {t('users.edit')}
                  </button>
                  <button type="button" onClick={() => void resetPassword(user)}>
                    {t('users.reset')}
                  </button>
                  {user.active ? (
                    <button
                      type="button"
                      disabled={user.id === me?.id}
                      onClick={() =>
                        window.confirm(t('users.confirmDeactivate', { name: user.name })) &&
                        void act(deactivate({ input: { id: user.id } }))
                      }
                    >
                      {t('users.deactivate')}
                    </button>
                  ) : (
                    <button type="button" onClick={() => void act(reactivate({ input: { id: user.id } }))}>
                      {t('users.reactivate')}
                    </button>
                  )}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      {data?.users.pageInfo.hasNextPage && (
        <button type="button" onClick={() => setAfter(data.users.pageInfo.endCursor ?? null)}>
          {t('users.more')}
        </button>
      )}
      <ImportOfficers onCreated={reload} />
    </div>
  );
}
