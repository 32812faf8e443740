// Which time zone names this runtime can use. Intl is the authority: it knows the IANA database the engine ships.

/** True when Intl accepts `name` as a time zone (IANA names such as 'Europe/Berlin', and 'UTC'). */
export function isKnownTimeZone(name: unknown): name is string {
  if (typeof name !== 'string' || name === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
