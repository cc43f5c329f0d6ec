import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { changeLocale, type Locale } from '../i18n/i18n';
import { apiPatch } from '../api/client';
import { isApiError } from './api';
import { fetchMe, meKeys, type Me } from './session';

async function saveLocale(locale: Locale, version: number): Promise<Me> {
  const { user } = await apiPatch('/api/v1/me', { body: { locale, version } });
  return user;
}

/**
 * Switches the interface language at once and, when signed in, saves it to the user's profile.
 * A stale version (409) is retried once with the fresh profile.
 */
export function useSwitchLocale() {
  const queryClient = useQueryClient();
  return useCallback(
    async (locale: Locale) => {
      await changeLocale(locale);
      const me = queryClient.getQueryData<Me | null>(meKeys.all);
      if (!me || me.locale === locale) return;
      try {
        queryClient.setQueryData(meKeys.all, await saveLocale(locale, me.version));
      } catch (error) {
        if (!isApiError(error, 'conflict')) throw error;
        const fresh = await fetchMe();
        if (fresh) queryClient.setQueryData(meKeys.all, await saveLocale(locale, fresh.version));
      }
    },
    [queryClient],
  );
}
