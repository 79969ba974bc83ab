import { useEffect, useRef, useState } from 'react';
import { HoverIntent, SWITCH_MS } from '../../lib/hover/hover-intent';
import type { SampleSegment } from '../../lib/onboarding/sample';
import { SampleCard } from './SampleCard';

/** As on visited pages (entrypoints/content/index.ts): long enough to cross from term to card. */
const GRACE_MS = 250;
const CARD_ID = 'sample-card';

export interface SampleParagraphProps {
  segments: readonly SampleSegment[];
  /** The reader's hover delay, read at each rest as on visited pages. */
  dwellMs: number;
  theme: string;
  isKnown: (id: string) => boolean;
  onKnow: (id: string, known: boolean) => void;
  onSearch: (id: string) => void;
}

interface Shown {
  /** Index of the marked term in `segments`. */
  index: number;
  /** Its button, which the card sits next to. */
  anchor: HTMLElement;
  /** Clicks on the term since its card opened: each moves focus into the card. */
  focusRequest: number;
}

/**
 * A paragraph of our own with its terms marked as buttons: resting the pointer on one opens
 * its card after the reader's delay, as on a visited page (the same state machine,
 * lib/hover/hover-intent.ts); a click, Enter or Space opens it with focus inside.
 */
export function SampleParagraph({ segments, dwellMs, theme, isKnown, onKnow, onSearch }: SampleParagraphProps) {
  const [shown, setShown] = useState<Shown | undefined>();
  const [pinned, setPinned] = useState(false);
  const terms = useRef(new Map<number, HTMLButtonElement>());
  const card = useRef<HTMLDivElement>(null);
  // The state machine lives as long as the page and reads what changes through this ref.
  const live = useRef({ dwellMs, pinned });
  useEffect(() => {
    live.current = { dwellMs, pinned };
  }, [dwellMs, pinned]);
  const [intent] = useState(
    () =>
      new HoverIntent<number>({
        timers: { set: (fn, ms) => window.setTimeout(fn, ms), clear: (id) => window.clearTimeout(id) },
        dwellMs: () => live.current.dwellMs,
        switchMs: () => SWITCH_MS,
        graceMs: GRACE_MS,
        same: (a, b) => a === b,
        // A pinned card, or one the reader is working in with the keyboard, stays.
        keepOpen: () => live.current.pinned || (card.current?.contains(document.activeElement) ?? false),
        show: (index) => {
          const anchor = terms.current.get(index);
          if (anchor) setShown({ index, anchor, focusRequest: 0 });
        },
        hide: () => {
          setShown(undefined);
          setPinned(false);
        },
      }),
  );

  const close = (): void => {
    const hadFocus = card.current?.contains(document.activeElement) ?? false;
    intent.closed();
    setShown(undefined);
    setPinned(false);
    if (hadFocus) shown?.anchor.focus();
  };

  useEffect(() => {
    if (!shown) return undefined;
    // A press anywhere but the card and the terms closes it, as a popover should.
    const onDown = (event: PointerEvent): void => {
      const target = event.target as Node;
      if (card.current?.contains(target) || [...terms.current.values()].some((t) => t.contains(target))) return;
      intent.closed();
      setShown(undefined);
      setPinned(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [shown, intent]);

  const open = shown && segments[shown.index];
  const openId = open?.kind === 'term' ? open.id : undefined;
  return (
    <>
      <p className="sample">
        {segments.map((s, i) =>
          s.kind === 'text' ? (
            s.text
          ) : (
            <button
              key={i}
              ref={(el) => {
                if (el) terms.current.set(i, el);
                else terms.current.delete(i);
              }}
              type="button"
              className="sample-term"
              aria-haspopup="dialog"
              aria-expanded={shown?.index === i}
              aria-controls={shown?.index === i ? CARD_ID : undefined}
              onPointerEnter={() => intent.pointerAt(i, false)}
              onPointerLeave={() => intent.pointerAt(undefined, false)}
              onKeyDown={(event) => {
                if (event.key !== 'Escape' || shown?.index !== i) return;
                event.preventDefault();
                close();
              }}
              onClick={(event) => {
                const anchor = event.currentTarget;
                intent.opened(i);
                setShown((s) => ({ index: i, anchor, focusRequest: (s?.index === i ? s.focusRequest : 0) + 1 }));
              }}
            >
              {s.text}
            </button>
          ),
        )}
      </p>
      {shown && openId !== undefined && (
        <div id={CARD_ID} ref={card}>
          <SampleCard
            key={shown.index}
            anchor={shown.anchor}
            termId={openId}
            focusRequest={shown.focusRequest}
            pinned={pinned}
            theme={theme}
            isKnown={isKnown}
            onKnow={onKnow}
            onSearch={onSearch}
            onPin={setPinned}
            onClose={close}
            onPointerOver={(over) => intent.pointerAt(undefined, over)}
          />
        </div>
      )}
    </>
  );
}
