import { useState } from 'react';

export interface EditableListProps {
  title: string;
  items: readonly string[];
  /** Label of the add field; no field when absent. */
  addLabel?: string;
  /** Returns an error message, or undefined when the value was accepted. */
  onAdd?: (value: string) => string | undefined;
  onRemove: (item: string) => void;
  empty: string;
  describe?: (item: string) => string;
}

/** A list of strings the reader can add to and remove from (sites, known terms). */
export function EditableList({ title, items, addLabel, onAdd, onRemove, empty, describe }: EditableListProps) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  return (
    <div className="editable-list">
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul aria-label={title}>
          {items.map((item) => (
            <li key={item}>
              <span>{describe ? describe(item) : item}</span>
              <button type="button" onClick={() => onRemove(item)} aria-label={`Remove ${describe ? describe(item) : item}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {onAdd && addLabel && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const problem = onAdd(value);
            setError(problem);
            if (!problem) setValue('');
          }}
        >
          <input aria-label={addLabel} placeholder={addLabel} value={value} onChange={(e) => setValue(e.target.value)} />
          <button type="submit" aria-label={`Add to ${title.toLowerCase()}`}>
            Add
          </button>
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
