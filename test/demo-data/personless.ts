// Visitors PostHog keeps no person profile for (posthog-js `person_profiles: 'identified_only'`, or
// `$process_person_profile: false`): their events still carry a person_id, the UUIDv5 PostHog's ingestion derives
// from (team id, distinct id), and no persons row has it. The demo makes some never-identified visitors so, so
// that clients meet person ids that resolve to nothing, as on a real project.
import { createHash } from 'node:crypto';

/** plugin-server person-uuid.ts / posthog/models/person/util.py: PERSON_UUIDV5_NAMESPACE. */
const PERSON_UUIDV5_NAMESPACE = '932979b4-65c3-4424-8467-0b66ec27bc22';

/** uuidv5(PERSON_UUIDV5_NAMESPACE, `${teamId}:${distinctId}`), RFC 4122 §4.3. */
export function personlessPersonId(teamId: number, distinctId: string): string {
  const namespace = Buffer.from(PERSON_UUIDV5_NAMESPACE.replaceAll('-', ''), 'hex');
  const hash = createHash('sha1').update(namespace).update(`${teamId}:${distinctId}`, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Every other visitor who never signs up; chosen by index, so no random draw (and no other data) changes. */
export function isPersonless(actor: { index: number; userId: string | null }): boolean {
  return actor.userId === null && actor.index % 2 === 1;
}
