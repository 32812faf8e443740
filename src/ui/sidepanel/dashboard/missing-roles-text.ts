// What an unconfigured tile says: which roles it waits for, in words, never a zero that looks like data.
import { ROLE_LABELS } from '../../../core/config/describe-role';
import type { RoleName } from '../../../core/engine/prepared-data';

export function roleWords(role: RoleName): string {
  return ROLE_LABELS[role].title.toLowerCase();
}

/** "Needs a payment event", "Needs signup pageview and signup events". */
export function needsText(roles: readonly RoleName[]): string {
  if (roles.length === 0) return 'Needs configuration';
  const words = roles.map(roleWords);
  if (words.length === 1) return `Needs ${/^[aeiou]/.test(words[0]!) ? 'an' : 'a'} ${words[0]} event`;
  return `Needs ${words.slice(0, -1).join(', ')} and ${words[words.length - 1]} events`;
}

export function setUpText(role: RoleName): string {
  return `Set up ${roleWords(role)}`;
}
