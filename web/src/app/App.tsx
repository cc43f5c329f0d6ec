import { Suspense, useState } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, QueryErrorResetBoundary } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { UnsavedChangesGuard } from '../components/form/UnsavedChangesGuard';
import { PageLoader } from '../components/PageLoader';
import { AppRoutes } from './AppRoutes';
import { createQueryClient } from './queryClient';
import { accessibleColors } from './contrast';
import { theme } from './theme';

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={accessibleColors} defaultColorScheme="auto">
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
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
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
