import { useState } from 'react';
import type { RecentView, TermGroup } from '../lib/history/group';
import { LookupSentence, lookupTime } from './LookupSentence';
import { StarButton } from './StarButton';

export interface TermRowsProps {
  groups: readonly TermGroup[];
  now: number;
  name: (id: string) => string;
  starred: ReadonlySet<string>;
  onOpen: (id: string) => void;
  onStar: (id: string, starred: boolean) => void;
  label: string;
}

/** Terms looked up, each once: its name, how often, when last, and the sentence it was last met in. */
export function TermRows({ groups, now, name, starred, onOpen, onStar, label }: TermRowsProps) {
  return (
    <ul className="lookups" aria-label={label}>
      {groups.map(({ term, count, last }) => (
        <li key={term} className="lookup" data-term-id={term}>
          <div className="lookup-head">
            <StarButton starred={starred.has(term)} term={name(term)} onStar={(on) => onStar(term, on)} />
            <button type="button" className="lookup-term" onClick={() => onOpen(term)}>
              {name(term)}
            </button>
            <span className="count">
              {count > 1 ? `×${count} · ` : ''}
              {lookupTime(last.at, now)}
            </span>
          </div>
          <LookupSentence lookup={last} />
        </li>
      ))}
    </ul>
  );
}

/** Rows shown of a list before "Show more": the popup shows about eight at a time anyway. */
const FIRST_ROWS = 12;

/** A list of terms cut to its first rows until the reader asks for the rest. */
function FoldedRows(props: TermRowsProps) {
  const [all, setAll] = useState(false);
  const hidden = all ? 0 : props.groups.length - FIRST_ROWS;
  return (
    <>
      <TermRows {...props} groups={hidden > 0 ? props.groups.slice(0, FIRST_ROWS) : props.groups} />
      {hidden > 0 && (
        <button type="button" className="more" onClick={() => setAll(true)}>
          Show {hidden} more
        </button>
      )}
    </>
  );
}

export interface RecentLookupsProps extends Omit<TermRowsProps, 'groups' | 'label'> {
  /** Undefined while the history is read. */
  view: RecentView | undefined;
  /** Whether new look-ups are recorded (the reader can turn it off in the options). */
  recording: boolean;
}

/** The popup's "Recent" tab: today, this week, and by site. */
export function RecentLookups({ view, recording, ...rows }: RecentLookupsProps) {
  const [openSite, setOpenSite] = useState<string | undefined>();
  const off = recording ? null : (
    <p className="hint" role="note">
      History is off: new look-ups are not recorded. Turn it on in Termlight’s options.
    </p>
  );
  if (!view) return <p className="hint">Reading your history…</p>;
  if (view.total === 0) {
    return (
      <>
        {off}
        <p className="hint">Nothing looked up yet. Terms whose cards you open are listed here, with the sentence you met them in.</p>
      </>
    );
  }
  return (
    <div className="recent">
      {off}
      <section aria-labelledby="recent-today">
        <h2 id="recent-today">Today</h2>
        {view.today.length > 0 ? <FoldedRows {...rows} groups={view.today} label="Looked up today" /> : <p className="hint">Nothing yet today.</p>}
      </section>
      {view.week.length > 0 && (
        <section aria-labelledby="recent-week">
          <h2 id="recent-week">This week</h2>
          <FoldedRows {...rows} groups={view.week} label="Looked up this week" />
        </section>
      )}
      <section aria-labelledby="recent-sites">
        <h2 id="recent-sites">By site</h2>
        <ul className="sites">
          {view.sites.map((site) => (
            <li key={site.site}>
              <button type="button" className="site" aria-expanded={openSite === site.site} onClick={() => setOpenSite(openSite === site.site ? undefined : site.site)}>
                {site.site} <span className="count">{site.distinct === 1 ? '1 term' : `${site.distinct} terms`}</span>
              </button>
              {openSite === site.site && <FoldedRows {...rows} groups={site.terms} label={`Looked up on ${site.site}`} />}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
