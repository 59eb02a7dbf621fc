/**
 * The code that lets a phone into a room: read off the projector and typed on a small keyboard,
 * so its alphabet leaves out what is easily confused (0 and O, 1, I and L, 5 and S, 2 and Z).
 */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRTUVWXY346789';

/** Characters in a room code: 27⁶ ≈ 387 million codes, against five tries a minute per address. */
export const CODE_LENGTH = 6;

/**
 * A fresh room code. `randomBelow(n)` must be a cryptographic source of a whole number below n
 * (node:crypto's randomInt); the code is only as unguessable as it.
 */
export function makeRoomCode(randomBelow: (limit: number) => number): string {
  let code = '';
  for (let index = 0; index < CODE_LENGTH; index += 1) code += CODE_ALPHABET.charAt(randomBelow(CODE_ALPHABET.length));
  return code;
}

/** A code as typed on a phone, in the form it is compared: capitals, without spaces or dashes. */
export function normalisedCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]+/g, '').slice(0, 2 * CODE_LENGTH);
}

/** A code as the projector shows it: two groups of three, easy to read out. */
export const shownCode = (code: string): string => `${code.slice(0, 3)} ${code.slice(3)}`;
