import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { SIGN_OUT } from '../operations.ts';

/** Ends the session, then reloads the console: a full reload drops every cached answer of it. */
export function SignOutButton() {
  const { t } = useTranslation();
  const [, signOut] = useMutation(SIGN_OUT);
  return (
    <button
      type="button"
      onClick={async () => {
        await signOut({});
        window.location.assign('/');
      }}
    >
      {t('nav.signOut')}
    </button>
  );
}
