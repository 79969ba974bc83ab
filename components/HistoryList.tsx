import type { Lookup } from '../lib/history/schema';
import { LookupSentence, lookupTime } from './LookupSentence';
import { StarButton } from './StarButton';

export interface HistoryListProps {
  /** Look-ups to show, newest first. */
  lookups: readonly Lookup[];
  now: number;
  name: (id: string) => string;
  starred: ReadonlySet<string>;
  onStar: (id: string, starred: boolean) => void;
}

/** Every look-up, one row each: the term (a link to its glossary entry), when, the sentence and the page. */
export function HistoryList({ lookups, now, name, starred, onStar }: HistoryListProps) {
  return (
    <ol className="lookups history" aria-label="Look-ups, newest first">
      {lookups.map((e) => (
        <li key={`${e.at}-${e.term}`} className="lookup" data-term-id={e.term}>
          <div className="lookup-head">
            <StarButton starred={starred.has(e.term)} term={name(e.term)} onStar={(on) => onStar(e.term, on)} />
            <a className="lookup-term" href={`#term=${e.term}`}>
              {name(e.term)}
            </a>
            <time className="count" dateTime={new Date(e.at).toISOString()}>
              {lookupTime(e.at, now)}
            </time>
          </div>
          <LookupSentence lookup={e} />
          <p className="lookup-page">
            {/^https?:\/\//i.test(e.url) ? (
              <a href={e.url} target="_blank" rel="noopener noreferrer">
                {e.title || e.url}
              </a>
            ) : (
              e.title || e.url
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
