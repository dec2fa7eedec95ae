/** A font-free estimate of rendered text width, so layout stays pure (Liberation Sans averages ~0.55 em). */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.56);
}

/** Cut text to fit `maxWidth`, ending with an ellipsis. */
export function truncateToWidth(text: string, fontSize: number, maxWidth: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const chars = Math.max(1, Math.floor(maxWidth / (fontSize * 0.56)) - 1);
  return `${text.slice(0, chars).trimEnd()}…`;
}
