import type { PageTermsResponse } from '../lib/messages';

export interface PageTermsProps {
  report: PageTermsResponse | null | undefined;
  onReveal: (id: string) => void;
  onOpen: (id: string) => void;
}

/** "On this page": the current tab's terms with their counts. */
export function PageTerms({ report, onReveal, onOpen }: PageTermsProps) {
  if (report === undefined) return <p className="hint">Reading this page…</p>;
  if (report === null) return <p className="hint">Termlight is not running on this page.</p>;
  // Said once, here: the page itself gets no banner from us.
  const noMarks = report.marks !== false ? null : (
    <p className="hint" role="note">
      This browser cannot draw Termlight&apos;s marks (it lacks the CSS Custom Highlight API). Terms are still found: hover one, or
      select it and press Alt+Shift+L.
    </p>
  );
  if (report.terms.length === 0) {
    return (
      <>
        {noMarks}
        <p className="hint">
          {report.gate === 'failed'
            ? 'Termlight read the opening of this page and it does not read as crypto, so it leaves the page unlit.'
            : 'No glossary terms on this page.'}
        </p>
      </>
    );
  }
  return (
    <>
      {noMarks}
      <ul className="page-terms" aria-label="Terms on this page">
        {report.terms.map((t) => (
          <li key={t.id}>
            <button type="button" className="page-term" onClick={() => onReveal(t.id)} title="Show it on the page">
              {t.term} <span className="count">×{t.count}</span>
            </button>
            <button type="button" className="link" onClick={() => onOpen(t.id)} aria-label={`Read about ${t.term}`}>
              Read
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
