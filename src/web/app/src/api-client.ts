import { useEffect, useState } from 'preact/hooks';

/** An API failure with the server's message, shown to the user instead of a blank page. */
export class ApiError extends Error {
  constructor(message: string, readonly status: number, readonly code: string) {
    super(message);
  }
}

/** Calls the tidings HTTP API; the only way the UI gets data. */
export async function apiFetch<T>(path: string, init?: { method?: string; body?: unknown }): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method: init?.method ?? 'GET',
      headers: init?.body === undefined ? {} : { 'Content-Type': 'application/json' },
      ...(init?.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  } catch {
    throw new ApiError('The tidings server cannot be reached. Is `tidings serve` still running?', 0, 'network');
  }
  const body = (await res.json().catch(() => undefined)) as { error?: { code: string; message: string; hint?: string } } | undefined;
  if (!res.ok) {
    const error = body?.error;
    const message = error ? `${error.message}${error.hint ? ` ${error.hint}` : ''}` : `The server answered ${res.status}.`;
    throw new ApiError(message, res.status, error?.code ?? 'http');
  }
  return body as T;
}

export type Loadable<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly error: ApiError }
  | { readonly state: 'ready'; readonly data: T };

/** Loads an API path whenever it changes; `undefined` skips the call. */
export function useApi<T>(path: string | undefined): Loadable<T> {
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  useEffect(() => {
    if (path === undefined) return;
    let isCurrent = true;
    setResult({ state: 'loading' });
    apiFetch<T>(path).then(
      (data) => isCurrent && setResult({ state: 'ready', data }),
      (error: unknown) => isCurrent && setResult({ state: 'error', error: toApiError(error) }),
    );
    return () => { isCurrent = false; };
  }, [path]);
  return result;
}

/** Normalises anything thrown into an ApiError for display. */
export function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(error instanceof Error ? error.message : String(error), 0, 'client');
}
