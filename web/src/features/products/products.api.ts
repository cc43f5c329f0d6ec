import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { apiGet, apiPatch, apiPost, type BodyOf, type ResponseOf } from '../../api/client';
import { useRecordSaved } from '../clients/clients.api';

export type Product = ResponseOf<'/api/v1/products/{id}', 'get'>['product'];
export type ProductListItem = ResponseOf<'/api/v1/products', 'get'>['items'][number];
export type ProductInput = BodyOf<'/api/v1/products', 'post'>;
export type ProductPatch = BodyOf<'/api/v1/products/{id}', 'patch'>;
export type ProductPrice = Product['prices'][number];

export const productKeys = {
  /** Active products matching a text, for the line-item picker of a deal. */
  picks: (q: string) => ['products', 'pick', q] as const,
};

/** Loads one product. @throws ApiError */
export async function fetchProduct(id: string): Promise<Product> {
  return (await apiGet('/api/v1/products/{id}', { path: { id } })).product;
}

/** Creates a product, or changes one when `id` is given (with the version it was read at). */
export function useSaveProduct() {
  const saved = useRecordSaved('product');
  return useMutation({
    mutationFn: async (args: { id?: undefined; input: ProductInput } | { id: string; input: ProductPatch }): Promise<Product> =>
      args.id !== undefined
        ? (await apiPatch('/api/v1/products/{id}', { path: { id: args.id }, body: args.input })).product
        : (await apiPost('/api/v1/products', { body: args.input })).product,
    onSuccess: (product) => saved(product),
  });
}

/** Active products whose name contains a text (all of them, by name, for an empty text): the choices of a line item. */
export function useActiveProducts(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: productKeys.picks(text),
    queryFn: async () => {
      // Products have no search index: a name condition does the narrowing.
      const filter = text ? JSON.stringify([{ field: 'name', op: 'contains', value: text }]) : undefined;
      return (await apiGet('/api/v1/products', { query: { active: '1', sort: 'name', limit: '50', ...(filter ? { filter } : {}) } })).items;
    },
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** The tax rate as a person reads it: the API's hundredths of a percent as a percent (2000 → 20). */
export function percentOf(hundredths: number): number {
  return hundredths / 100;
}

/** A typed percent back to the API's hundredths of a percent (20.5 → 2050). */
export function hundredthsOf(percent: number): number {
  return Math.round(percent * 100);
}
