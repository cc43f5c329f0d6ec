import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDelete, apiGet, apiPatch, apiPost, type BodyOf, type ResponseOf } from '../../api/client';
import { planKeys } from '../plans/plans.api';

export type RatesAnswer = ResponseOf<'/api/v1/exchange-rates', 'get'>;
export type Rate = RatesAnswer['items'][number];
export type RateInput = BodyOf<'/api/v1/exchange-rates', 'post'>;
export type RatePatch = BodyOf<'/api/v1/exchange-rates/{id}', 'patch'>;

export const rateKeys = {
  all: ['exchange-rates'] as const,
  list: (currency: string | null) => ['exchange-rates', 'list', currency ?? ''] as const,
};

/** The workspace's exchange rates (newest day first), of one currency when given. */
export function useRates(currency: string | null) {
  return useQuery({
    queryKey: rateKeys.list(currency),
    queryFn: () => apiGet('/api/v1/exchange-rates', { query: currency ? { currency } : {} }),
  });
}

function useReloadRates() {
  const queryClient = useQueryClient();
  // Plan-vs-fact figures convert with the rates, so they reload too.
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: rateKeys.all }), queryClient.invalidateQueries({ queryKey: planKeys.all })]);
}

/** Enters a rate, or changes one when `id` is given (with the version it was read at). */
export function useSaveRate() {
  const reload = useReloadRates();
  return useMutation({
    mutationFn: async (args: { id?: undefined; input: RateInput } | { id: string; input: RatePatch }): Promise<Rate> =>
      args.id !== undefined
        ? (await apiPatch('/api/v1/exchange-rates/{id}', { path: { id: args.id }, body: args.input })).rate
        : (await apiPost('/api/v1/exchange-rates', { body: args.input })).rate,
    onSuccess: () => reload(),
  });
}

export function useDeleteRate() {
  const reload = useReloadRates();
  return useMutation({
    mutationFn: (rate: Rate) => apiDelete('/api/v1/exchange-rates/{id}', { path: { id: rate.id }, query: { version: String(rate.version) } }),
    onSuccess: () => reload(),
  });
}
