export interface HighlightedProps {
  text: string;
  /** Inclusive [start, end] spans to emphasise, as fuse.js reports them. */
  spans: readonly (readonly [number, number])[];
}

/** Text with the spans that matched a query wrapped in <mark>. */
export function Highlighted({ text, spans }: HighlightedProps) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end + 1)}</mark>);
    at = end + 1;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
