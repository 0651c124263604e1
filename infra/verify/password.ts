// Passwords for verify's temporary accounts: random (node:crypto), with every character
// class the user pool's policy asks for; set through the admin API, never shown anyone.
import { randomInt } from 'node:crypto';

const CLASSES = [
  'abcdefghijklmnopqrstuvwxyz',
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  '0123456789',
  // Symbols from Cognito's list, leaving out quotes, backslash and space.
  '^$*.[]{}()?!@#%&/,><:;|_~=+-',
];
const ALL = CLASSES.join('');

/** `length` characters (well past the pool's 12), at least one from each class, in random order. */
export function strongPassword(length = 32): string {
  const chars = CLASSES.map((set) => set[randomInt(set.length)] as string);
  while (chars.length < length) chars.push(ALL[randomInt(ALL.length)] as string);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
  }
  return chars.join('');
}
