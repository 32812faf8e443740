// HTML/script payloads planted in event names, property values, a person name and a company name.
// If the UI ever renders data as HTML instead of text, these set `window.__xss`, which e2e tests check.

export const XSS_IMG = '<img src=x onerror="window.__xss=1">';
export const XSS_SCRIPT = '<script>window.__xss=1</script>';
export const XSS_SVG = '"><svg onload="window.__xss=1">';

/** Event names that are themselves payloads (a customer's tracking plan can contain anything). */
export const HOSTILE_EVENT_NAMES = [XSS_IMG, XSS_SCRIPT] as const;

export const HOSTILE_PERSON_NAME = `${XSS_IMG} Mallory`;
export const HOSTILE_COMPANY = {
  name: `${XSS_SCRIPT} Industries`,
  key: 'xss-industries',
  domain: 'xss-industries.example',
} as const;
export const HOSTILE_TICKET_SUBJECT = `Export broken ${XSS_SVG}`;
