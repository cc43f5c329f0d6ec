/** What web/public/early.js started before the app's code ran. */
interface Early {
  at: number;
  answers: Record<string, Promise<Response | null> | undefined>;
}

// An early answer is for the first screen only: later (a sign-in, a refresh) asks afresh.
const FRESH_MS = 15_000;

/**
 * The answer web/public/early.js already asked for `path` (a GET), taken once; null when there is
 * none, it is too old, or it failed (then the caller asks again: a 401 before a sign-in must not
 * stand in for the answer after it).
 */
export async function takeEarly(path: string): Promise<Response | null> {
  const early = (window as unknown as { __kartotekaEarly?: Early }).__kartotekaEarly;
  const pending = early?.answers[path];
  if (!early || !pending) return null;
  delete early.answers[path];
  if (Date.now() - early.at > FRESH_MS) return null;
  const response = await pending;
  return response?.ok ? response : null;
}

/** The signed-in user's language from the early profile answer, without taking it; null when unknown. */
export async function earlyLocale(): Promise<string | null> {
  const pending = (window as unknown as { __kartotekaEarly?: Early }).__kartotekaEarly?.answers['/api/v1/me'];
  const response = pending ? await pending : null;
  if (!response?.ok) return null;
  try {
    const body = (await response.clone().json()) as { user?: { locale?: unknown } };
    return typeof body.user?.locale === 'string' ? body.user.locale : null;
  } catch {
    return null;
  }
}

/** Drops the early answers not taken yet: after a sign-in or sign-out they describe someone else. */
export function forgetEarly(): void {
  const early = (window as unknown as { __kartotekaEarly?: Early }).__kartotekaEarly;
  if (early) early.answers = {};
}
