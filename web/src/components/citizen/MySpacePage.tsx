/**
 * « Mon espace » (docs/citizen-space.md): signed out, the e-mail code sign-in (sign-up on first use); signed in,
 * my reports and permit requests newest first, attaching an older request, and « Se déconnecter ».
 */
import { useEffect, useState } from 'preact/hooks';
// Re-renders the island when the language changes (tr reads a signal).
import '@preact/signals';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { MyRequests } from '@tandem/shared/citizen/citizen-api';
import { tr } from '../../lib/locale';
import '../../lib/messages/citizen-space';
import '../../lib/messages/permits';
import '../../lib/messages/citizen-account';
import DeleteAccount, { AccountDeletedNotice } from './DeleteAccount';
import MyDataDownload from './MyDataDownload';
import PreferencesForm from './PreferencesForm';
import AttachForm from './AttachForm';
import { citizenFetch, citizenSession, restoreCitizen, signOutCitizen } from './citizen-session';
import MyRequestsList from './MyRequestsList';
import PasswordSection from './PasswordSection';
import PasswordSignIn from './PasswordSignIn';
import SignInForm from './SignInForm';
import FederatedSignIn from './FederatedSignIn';

export default function MySpacePage({ commune }: { commune: PublicCommuneConfig }) {
  const [ready, setReady] = useState(false);
  const [list, setList] = useState<MyRequests | undefined>();
  const [failed, setFailed] = useState(false);
  const session = citizenSession.value;

  useEffect(() => {
    void restoreCitizen(commune.id).finally(() => setReady(true));
  }, [commune.id]);

  const load = () =>
    citizenFetch<MyRequests>(commune.id, 'me/requests').then(
      (l) => {
        setList(l);
        setFailed(false);
      },
      () => setFailed(true),
    );
  useEffect(() => {
    if (session) void load();
    else setList(undefined);
  }, [session?.email]);

  return (
    <>
      <h1>{tr('space.title')}</h1>
      {!ready ? (
        <p role="status">{tr('space.busy')}</p>
      ) : !session ? (
        <>
          <AccountDeletedNotice />
          <p>{tr('space.intro')}</p>
          <FederatedSignIn commune={commune} />
          <SignInForm commune={commune.id} />
          <PasswordSignIn commune={commune.id} />
        </>
      ) : (
        <>
          <div class="actions space-account">
            <p data-testid="space-signed-in">{tr('space.signedInAs', { email: session.email })}</p>
            <button type="button" class="button secondary" onClick={() => void signOutCitizen(commune.id)} data-testid="space-sign-out">
              {tr('space.signOut')}
            </button>
          </div>
          <section aria-labelledby="space-list-title">
            <h2 id="space-list-title">{tr('space.list.title')}</h2>
            {failed && <p class="notice warn">{tr('space.failed')}</p>}
            {list ? <MyRequestsList items={list.items} /> : <p role="status">{tr('space.busy')}</p>}
          </section>
          <AttachForm commune={commune.id} onAttached={() => void load()} />
          <PreferencesForm commune={commune.id} />
          <PasswordSection commune={commune.id} email={session.email} />
          <MyDataDownload commune={commune.id} />
          <DeleteAccount commune={commune.id} email={session.email} />
        </>
      )}
    </>
  );
}
