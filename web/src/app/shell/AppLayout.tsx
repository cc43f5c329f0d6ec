import { Suspense } from 'react';
import { AppShell, ScrollArea, em, getBreakpointValue, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { ContentSkeleton } from '../../components/ContentSkeleton';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { signOut } from '../../features/auth/auth.api';
import { useCurrentUser, useForgetSession } from '../session';
import { MainNav } from './MainNav';
import { TopBar } from './TopBar';

/** The signed-in frame: top bar, sidebar (a drawer on phones) and the current screen. */
export function AppLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [navOpened, { toggle, close }] = useDisclosure(false);
  const forgetSession = useForgetSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const theme = useMantineTheme();
  const isPhone = useMediaQuery(`(max-width: ${em(getBreakpointValue(theme.breakpoints.sm, theme.breakpoints) - 1)})`);

  async function handleSignOut() {
    // Whatever the server answers (even 401 for an expired session), this browser forgets the user.
    await signOut().catch(() => undefined);
    forgetSession();
    navigate('/sign-in', { replace: true });
  }

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={{ base: 'md', sm: 'lg' }}
    >
      {/* The first stop of the Tab key: past the top bar and the sidebar, straight to the screen. */}
      <a href="#main" className="kt-skip-link">
        {t('nav.skipToContent')}
      </a>
      <AppShell.Header>
        <TopBar user={user} navOpened={navOpened} onToggleNav={toggle} onSignOut={() => void handleSignOut()} />
      </AppShell.Header>
      {/* Off screen on phones until opened; inert keeps its links out of the tab order meanwhile. */}
      <AppShell.Navbar p="sm" aria-label={t('nav.main')} inert={isPhone && !navOpened}>
        <ScrollArea type="never">
          <MainNav onNavigate={close} />
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main bg="var(--kt-page-bg)" id="main" tabIndex={-1}>
        <QueryErrorResetBoundary>
          {({ reset }) => (
            <ErrorBoundary key={pathname} onReset={reset}>
              <Suspense fallback={<ContentSkeleton />}>
                <Outlet />
              </Suspense>
            </ErrorBoundary>
          )}
        </QueryErrorResetBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
