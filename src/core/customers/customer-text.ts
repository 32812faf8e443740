// What the customers list shows and searches for each actor: its display name (as the dashboard tables show it),
// a person's email, and the lower-cased fields a search matches (id, email, name property, display name).
import { actorName, type ActorIndex } from '../engine/actors';

export function customerName(actors: ActorIndex, a: number): string {
  return actorName(actors.ids[a]!, actors.persons[a], actors.groups[a]);
}

/** A person's `email` property; null for groups and persons without one. */
export function customerEmail(actors: ActorIndex, a: number): string | null {
  const email = actors.persons[a]?.properties.email;
  return typeof email === 'string' && email.trim() !== '' ? email : null;
}

// Joins an actor's texts into one string: a NUL never occurs in a search (searchNeedle strips it), so no match can
// span two texts.
const SEPARATOR = '\u0000';

/** Per actor, its id, email, name property and display name, lower-cased, in one string. */
export function searchTexts(actors: ActorIndex): string[] {
  const texts: string[] = new Array<string>(actors.ids.length);
  for (let a = 0; a < actors.ids.length; a++) {
    const nameProperty = actors.persons[a]?.properties.name ?? actors.groups[a]?.group_properties.name;
    const name = typeof nameProperty === 'string' ? nameProperty : '';
    texts[a] = [actors.ids[a]!, customerEmail(actors, a) ?? '', name, customerName(actors, a)].join(SEPARATOR).toLowerCase();
  }
  return texts;
}

/** What a search string matches: trimmed, lower-cased, without NULs; '' = everything. */
export function searchNeedle(search: string | undefined): string {
  return (search ?? '').replaceAll(SEPARATOR, '').trim().toLowerCase();
}
