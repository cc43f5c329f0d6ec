import type { ReactNode } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { useMe } from './session';

/** Where a user whose role requires two-factor sign-in sets it up; the only screen open to them until then. */
export const TWO_FACTOR_SETUP_PATH = '/settings/account/two-factor';

/**
 * Sends a visitor without a session to sign-in, remembering where they were going, and a user who
 * must set up two-factor sign-in to its setup screen.
 */
export function RequireSignedIn({ children }: { children: ReactNode }) {
  const { data: user } = useMe();
  const location = useLocation();
  if (!user) {
    const here = location.pathname + location.search;
    const next = here === '/' ? '' : `?next=${encodeURIComponent(here)}`;
    return <Navigate to={`/sign-in${next}`} replace />;
  }
  if (user.twoFactorSetupRequired && location.pathname !== TWO_FACTOR_SETUP_PATH) {
    return <Navigate to={TWO_FACTOR_SETUP_PATH} replace />;
  }
  return children;
}

/** Only paths inside the app are followed after sign-in, never another origin. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** Keeps a signed-in user away from the sign-in screen: on to `?next=` or home. */
export function RedirectIfSignedIn({ children }: { children: ReactNode }) {
  const { data: user } = useMe();
  const [params] = useSearchParams();
  return user ? <Navigate to={safeNext(params.get('next'))} replace /> : children;
}
