import { LoginDialog } from '../registries';

/** The registries' sign-in dialog, prefilled with the registry an UNAUTHORIZED pull or push named. */
export function SignInDialog({ registry, onClose, onSignedIn }: { registry: string | null; onClose(): void; onSignedIn(): void }) {
  return <LoginDialog open={registry !== null} registry={registry ?? undefined} onClose={onClose} onSignedIn={onSignedIn} />;
}
