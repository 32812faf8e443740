// PostHog templates tile names with the customer label: "users" in B2C, the group type in B2B
// ("Weekly active organizations").

export interface CustomerLabel {
  singular: string;
  plural: string;
}

function plural(word: string): string {
  if (/s$/i.test(word)) return word;
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

export function customerLabel(groupTypeName?: string | null): CustomerLabel {
  const name = groupTypeName?.trim();
  if (!name) return { singular: 'user', plural: 'users' };
  return { singular: name, plural: plural(name) };
}

export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
