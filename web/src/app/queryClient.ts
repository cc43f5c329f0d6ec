import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api';
import { meKeys } from './session';

/**
 * One client for the app. Some answers from any request change who may do what:
 * a 401 (session ended or revoked) or `account_blocked` signs this browser out, so the sign-in
 * gate takes over; `two_factor_setup_required` reloads the profile, which routes to 2FA setup.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => handleSessionError(error, query.queryKey[0] === meKeys.all[0]) }),
    mutationCache: new MutationCache({ onError: (error) => handleSessionError(error, false) }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && failureCount < 2,
        refetchOnWindowFocus: false,
      },
    },
  });

  function handleSessionError(error: unknown, fromMe: boolean): void {
    if (!isApiError(error) || fromMe) return;
    // A 401 about a field (a wrong current password) is the form's business, not a lost session.
    if (error.status === 401 && error.code === 'unauthenticated' && Object.keys(error.fields).length === 0) {
      client.setQueryData(meKeys.all, null);
    } else if (error.code === 'account_blocked') {
      client.setQueryData(meKeys.all, null);
    } else if (error.code === 'two_factor_setup_required') {
      void client.invalidateQueries({ queryKey: meKeys.all });
    }
  }

  return client;
}
