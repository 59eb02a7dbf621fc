import { fail, type HostResult } from '../../shared/host/hostResult';

/** A browser failure said in plain words, with a code the page can act on. */
export function describeFailure(error: unknown, doing: string): HostResult<never> {
  const name = error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return fail('permission-denied', `The browser did not allow ${doing}.`);
    case 'QuotaExceededError':
      return fail('quota-exceeded', `There is no room left in the browser's storage for this site, so ${doing} failed. Free some space or save the map to a file.`);
    case 'NotFoundError':
      return fail('not-found', `The file is no longer there, so ${doing} failed.`);
    case 'NoModificationAllowedError':
    case 'InvalidStateError':
      return fail('read-only', `The file cannot be changed (it may be read-only or open elsewhere), so ${doing} failed.`);
    case 'NotSupportedError':
      return fail('unsupported', `This browser cannot do that: ${doing} failed.`);
    default:
      return fail('failed', `Something went wrong while ${doing}${error instanceof Error && error.message ? `: ${error.message}` : '.'}`);
  }
}

/** Runs a host call, turning anything thrown into a plain failure: the browser host never throws. */
export async function guarded<T>(doing: string, act: () => Promise<HostResult<T>>): Promise<HostResult<T>> {
  try {
    return await act();
  } catch (error) {
    return describeFailure(error, doing);
  }
}
