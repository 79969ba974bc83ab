import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { TermCard } from '../../components/TermCard';
import { useEntry } from '../../utils/use-entry';
import '../../components/term-card.css';

export interface SampleCardProps {
  /** The marked term the card belongs to; the card sits next to it. */
  anchor: HTMLElement;
  /** The entry the card opens on; related terms followed inside the card stack on it. */
  termId: string;
  /** Above 0: move focus into the card once its entry shows; raised at each click on the term. */
  focusRequest: number;
  pinned: boolean;
  theme: string;
  isKnown: (id: string) => boolean;
  onKnow: (id: string, known: boolean) => void;
  onSearch: (id: string) => void;
  onPin: (pinned: boolean) => void;
  /** The reader closed the card (Esc or its close button). */
  onClose: () => void;
  /** The pointer entered (true) or left (false) the card. */
  onPointerOver: (over: boolean) => void;
}

/**
 * The real hover card, over our own sample paragraph: the same component and entries a
 * visited page gets, placed by Floating UI as the content script places it.
 */
export function SampleCard(props: SampleCardProps) {
  const { anchor, termId, focusRequest, pinned, theme, isKnown, onKnow, onSearch, onPin, onClose, onPointerOver } = props;
  const float = useRef<HTMLDivElement>(null);
  const [stack, setStack] = useState([termId]);
  const id = stack.at(-1);
  const entry = useEntry(id);
  // Following a related term or going back replaces the dialog: focus follows into the new one.
  const [moves, setMoves] = useState(0);

  useLayoutEffect(() => {
    const el = float.current;
    if (!el) return undefined;
    // Hidden until first placed, so it never flashes at the corner of the window.
    el.style.visibility = 'hidden';
    return autoUpdate(anchor, el, () => {
      void computePosition(anchor, el, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
        el.style.visibility = 'visible';
      });
    });
  }, [anchor]);

  useEffect(() => {
    // The card is keyed by entry: focus the loaded one, not the placeholder it replaces.
    if ((focusRequest > 0 || moves > 0) && entry) float.current?.querySelector<HTMLElement>('.tl-card')?.focus();
  }, [focusRequest, moves, entry]);

  return (
    <div
      ref={float}
      className="tl-float"
      data-theme={theme}
      onPointerEnter={() => onPointerOver(true)}
      onPointerLeave={() => onPointerOver(false)}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
    >
      <TermCard
        entry={entry}
        canGoBack={stack.length > 1}
        pinned={pinned}
        known={id !== undefined && isKnown(id)}
        onOpenRelated={(next) => {
          setMoves((n) => n + 1);
          setStack((s) => [...s, next]);
        }}
        onBack={() => {
          setMoves((n) => n + 1);
          setStack((s) => (s.length > 1 ? s.slice(0, -1) : s));
        }}
        onClose={onClose}
        onPin={onPin}
        onKnow={(known) => {
          if (id !== undefined) onKnow(id, known);
        }}
        // No sample term has an ordinary-English spelling (tests/unit/onboarding-sample.test.ts): never offered.
        onNotThisMeaning={onClose}
        onSearch={onSearch}
      />
    </div>
  );
}
