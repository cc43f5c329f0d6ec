/**
 * The typed way to call the API: paths, parameters, bodies and answers all come from
 * `schema.d.ts`, which `npm run api:types` generates from the server's OpenAPI document.
 * Underneath it is `api()` (CSRF header, `ApiError` from the error body, 401 handled by the query client).
 */
import { api } from '../app/api';
import type { paths } from './schema';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The API paths that answer a method. */
export type PathsWith<M extends Method> = {
  [P in keyof paths]: paths[P] extends Record<M, { responses: unknown }> ? P : never;
}[keyof paths];

type Operation<P extends keyof paths, M extends Method> = paths[P] extends Record<M, infer O> ? O : never;

type JsonOf<T> = T extends { content: { 'application/json': infer C } } ? C : void;
type Success<R> = { [S in keyof R]: S extends 200 | 201 | 202 | 204 ? JsonOf<R[S]> : never }[keyof R];

/** The JSON a successful call answers. */
export type ResponseOf<P extends PathsWith<M>, M extends Method> =
  Operation<P, M> extends { responses: infer R } ? Success<R> : never;

/** The JSON body a call takes. */
export type BodyOf<P extends PathsWith<M>, M extends Method> =
  NonNullable<Operation<P, M> extends { requestBody?: infer B } ? B : never> extends { content: { 'application/json': infer C } } ? C : never;

/** The query parameters a call takes. */
export type QueryOf<P extends PathsWith<M>, M extends Method> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

type PathParamsOf<P extends PathsWith<M>, M extends Method> =
  Operation<P, M> extends { parameters: { path: infer A } } ? A : never;

/** What a call needs besides its method and path: `path` parameters when the path has any, `query`, `body`. */
export type CallOptions<P extends PathsWith<M>, M extends Method> = (P extends `${string}{${string}}${string}`
  ? { path: PathParamsOf<P, M> }
  : { path?: undefined }) & {
  query?: QueryOf<P, M>;
  body?: BodyOf<P, M>;
};

type Args<P extends PathsWith<M>, M extends Method> = P extends `${string}{${string}}${string}`
  ? [options: CallOptions<P, M>]
  : [options?: CallOptions<P, M>];

/** `/api/v1/users/{id}` with `{ id: 'u1' }` becomes `/api/v1/users/u1`. */
export function fillPath(path: string, params: Record<string, string | number> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name} for ${path}`);
    return encodeURIComponent(String(value));
  });
}

/** Query parameters as a URL search string: empty values are left out, arrays repeat their key. */
export function toSearch(query: object | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The URL of a call (for downloads and links that the browser opens itself). */
export function apiUrl<P extends PathsWith<'get'>>(path: P, ...[options]: Args<P, 'get'>): string {
  return fillPath(path, options?.path as Record<string, string> | undefined) + toSearch(options?.query);
}

function call<M extends Method>(method: M) {
  return <P extends PathsWith<M>>(path: P, ...[options]: Args<P, M>): Promise<ResponseOf<P, M>> => {
    const url = fillPath(path, options?.path as Record<string, string> | undefined) + toSearch(options?.query);
    return api<ResponseOf<P, M>>(method, url, options?.body);
  };
}

/** GET a typed API path. @throws ApiError */
export const apiGet = call('get');
/** POST to a typed API path. @throws ApiError */
export const apiPost = call('post');
/** PUT to a typed API path. @throws ApiError */
export const apiPut = call('put');
/** PATCH a typed API path. @throws ApiError */
export const apiPatch = call('patch');
/** DELETE a typed API path. @throws ApiError */
export const apiDelete = call('delete');
