/** Why the host could not do what was asked: a code for the program, a sentence for the person. */
export interface HostError {
  readonly code: string;
  readonly message: string;
}

/**
 * What every host call returns. Handlers answer with a result instead of throwing, so an error
 * reaches the page as data with a plain message, never as a stack trace across the process boundary.
 */
export type HostResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: HostError };

export const succeed = <T>(value: T): HostResult<T> => ({ ok: true, value });
export const fail = (code: string, message: string): HostResult<never> => ({ ok: false, error: { code, message } });
