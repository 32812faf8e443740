// Numbers and durations as people read them.

export function formatCount(n: number): string {
  return n.toLocaleString('en');
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.max(0, Math.round(seconds))} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
  return `${Math.floor(seconds / 3600)} h ${Math.round((seconds % 3600) / 60)} min`;
}

export function formatAgo(ms: number, now: number): string {
  const seconds = (now - ms) / 1000;
  if (seconds < 60) return 'just now';
  return `${formatDuration(seconds)} ago`;
}
