import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState } from '../components/ErrorState';
import { PageLoader } from '../components/PageLoader';
import { changeLocale, currentLocale } from '../i18n/i18n';
import { apiErrorText } from './errorText';
import { useMe, useSetupStatus } from './session';

/**
 * Decides which world the app shows: first-run setup, sign-in or the signed-in app.
 * Screens below it can rely on the setup status and the current user being loaded.
 */
export function SessionGate() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const setup = useSetupStatus();
  const needsSetup = setup.data?.needed === true;
  const me = useMe(setup.data?.needed === false);
  const userLocale = me.data?.locale;

  // The profile's language wins once someone is signed in.
  useEffect(() => {
    if (userLocale && userLocale !== currentLocale()) void changeLocale(userLocale);
  }, [userLocale]);

  if (setup.isPending) return <PageLoader fullScreen />;
  if (setup.isError) return <ErrorState message={apiErrorText(t, setup.error)} onRetry={() => void setup.refetch()} />;
  if (needsSetup) return pathname === '/setup' ? <Outlet /> : <Navigate to="/setup" replace />;
  if (pathname === '/setup') return <Navigate to="/" replace />;
  if (me.isPending) return <PageLoader fullScreen />;
  if (me.isError) return <ErrorState message={apiErrorText(t, me.error)} onRetry={() => void me.refetch()} />;
  return <Outlet />;
}
