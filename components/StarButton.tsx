export interface StarButtonProps {
  starred: boolean;
  /** Names the term for screen readers when the star sits in a list of terms. */
  term?: string;
  onStar: (starred: boolean) => void;
}

/** The study-list star, as on the hover card. */
export function StarButton({ starred, term, onStar }: StarButtonProps) {
  return (
    <button
      type="button"
      className="star"
      aria-pressed={starred}
      aria-label={term ? `Add ${term} to study list` : 'Add to study list'}
      title={starred ? 'On your study list' : 'Add to your study list'}
      onClick={() => onStar(!starred)}
    >
      {starred ? '★' : '☆'}
    </button>
  );
}
