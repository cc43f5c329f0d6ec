import { Suspense, useState } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, QueryErrorResetBoundary } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { UnsavedChangesGuard } from '../components/form/UnsavedChangesGuard';
import { PageLoader } from '../components/PageLoader';
import { AppRoutes } from './AppRoutes';
import { createQueryClient } from './queryClient';
import { theme } from './theme';

function Root() {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary onReset={reset}>
          <Suspense fallback={<PageLoader fullScreen />}>
            <AppRoutes />
          </Suspense>
          <UnsavedChangesGuard />
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}

// A data router (rather than <BrowserRouter>) so forms can hold a route change while they have unsaved changes.
const createRouter = () => createBrowserRouter([{ path: '*', element: <Root /> }]);

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createRouter);
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
