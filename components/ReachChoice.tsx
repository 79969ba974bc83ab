import type { Reach, ReachOutcome } from '../lib/onboarding/reach';

export interface ReachChoiceProps {
  /** The mode in force, once the reader has chosen one (lib/onboarding/reach.ts). */
  current: Reach | undefined;
  outcome: ReachOutcome;
  /** How many sites Termlight runs on out of the box. */
  builtInSites: number;
  /** Called from the click itself: the browser asks for a permission only during a user gesture. */
  onChoose: (reach: Reach) => void;
}

const SAYS: Record<ReachOutcome, string> = {
  none: '',
  asking: 'Waiting for your answer to the browser…',
  refused:
    'The browser did not grant access to all sites, so Termlight stays on the sites it knows and the ones you enable. You can choose again here or in the options.',
  anywhere: 'Done: Termlight will light crypto pages on any site. You can close this tab.',
  'my-sites': 'Done: Termlight runs on the sites it knows and the ones you enable. You can close this tab.',
};

/** The one choice onboarding asks for, with what each option means and costs. */
export function ReachChoice({ current, outcome, builtInSites, onChoose }: ReachChoiceProps) {
  const message = SAYS[outcome];
  return (
    <section aria-labelledby="reach-title">
      <h2 id="reach-title">Where should Termlight run?</h2>
      <div className="reach">
        <div className="reach-option">
          <button type="button" aria-pressed={current === 'anywhere'} aria-describedby="reach-anywhere" disabled={outcome === 'asking'} onClick={() => onChoose('anywhere')}>
            Light crypto pages anywhere
          </button>
          <p id="reach-anywhere" className="muted">
            Termlight reads each page first, locally, and stays off unless it is about crypto. Your browser will ask to let Termlight read and change data on
            all sites: it needs that to read a page at all. What it reads stays on your computer, and it never changes the page.
          </p>
        </div>
        <div className="reach-option">
          <button type="button" aria-pressed={current === 'my-sites'} aria-describedby="reach-my-sites" disabled={outcome === 'asking'} onClick={() => onChoose('my-sites')}>
            Only on sites I choose
          </button>
          <p id="reach-my-sites" className="muted">
            Termlight runs on the {builtInSites} crypto sites it knows (docs, research, news, explorers). Add any other site from the toolbar button with
            “Enable on this site”; the browser asks about that one site only.
          </p>
        </div>
      </div>
      <p role="status" className={message ? 'notice' : undefined}>
        {message}
      </p>
      <p className="muted">
        You can change this at any time in Termlight’s <a href="/options.html">options</a>, under Sites.
      </p>
    </section>
  );
}
