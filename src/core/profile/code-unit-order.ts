// Ties and lists are ordered by UTF-16 code units (DESIGN §5), not by locale: the same on every machine.
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
