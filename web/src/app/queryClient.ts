import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api';
import { meKey } from './session';

/** One client for the app; a 401 from any query means the session ended, so the sign-in gate takes over. */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isApiError(error) && error.status === 401 && query.queryKey[0] !== meKey[0]) {
          client.setQueryData(meKey, null);
        }
      },
    }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && failureCount < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
  return client;
}
