export function findChromium(): string | null;
export function chromiumHelp(): string;
