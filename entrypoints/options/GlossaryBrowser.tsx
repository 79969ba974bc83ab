import { useEffect, useMemo, useState } from 'react';
import { StarButton } from '../../components/StarButton';
import type { GlossaryArea, GlossaryEntry } from '../../lib/glossary/schema';
import { overlayEntries } from '../../lib/user-glossary/overlay';
import type { UserEntry } from '../../lib/user-glossary/schema';

export interface GlossaryBrowserProps {
  areas: readonly GlossaryArea[];
  entries: readonly GlossaryEntry[];
  user: readonly UserEntry[];
  /** Terms on the study list: the open entry carries the star, as a card does. */
  starred?: ReadonlySet<string>;
  onStar?: (id: string, starred: boolean) => void;
}

function idFromHash(): string | undefined {
  const m = /^#term=([a-z0-9-]+)$/.exec(location.hash);
  return m?.[1];
}

/** The whole glossary by area, for reading; `#term=ID` links open one entry. */
export function GlossaryBrowser({ areas, entries, user, starred, onStar }: GlossaryBrowserProps) {
  const [openId, setOpenId] = useState(idFromHash);
  useEffect(() => {
    const onHash = (): void => setOpenId(idFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const all = useMemo(() => overlayEntries(entries, user), [entries, user]);
  const byId = useMemo(() => new Map(all.map((e) => [e.id, e])), [all]);
  const areaIds = useMemo(() => [...areas.map((a) => a.id), ...new Set(user.flatMap((e) => e.areas))], [areas, user]);
  const open = openId ? byId.get(openId) : undefined;
  useEffect(() => {
    if (open) document.getElementById(`entry-${open.id}`)?.scrollIntoView({ block: 'start' });
  }, [open]);

  return (
    <div className="browser">
      {[...new Set(areaIds)].map((areaId) => {
        const list = all.filter((e) => e.areas[0] === areaId).sort((a, b) => a.term.localeCompare(b.term));
        if (list.length === 0) return null;
        return (
          <section key={areaId} aria-label={areas.find((a) => a.id === areaId)?.name ?? areaId}>
            <h2>{areas.find((a) => a.id === areaId)?.name ?? areaId}</h2>
            <dl>
              {list.map((e) => (
                <div key={e.id} id={`entry-${e.id}`} className={e.id === openId ? 'entry open' : 'entry'}>
                  <dt>
                    <a href={`#term=${e.id}`}>{e.term}</a>
                    {e.id === openId && starred && onStar && <StarButton starred={starred.has(e.id)} term={e.term} onStar={(on) => onStar(e.id, on)} />}
                  </dt>
                  <dd>
                    <p>{e.short}</p>
                    {e.id === openId &&
                      e.body
                        .split(/\n\s*\n|\n/)
                        .filter(Boolean)
                        .map((p, i) => <p key={i}>{p}</p>)}
                    {e.id === openId && e.related.length > 0 && (
                      <p className="related">
                        Related:{' '}
                        {e.related.map((r, i) => (
                          <span key={r}>
                            {i > 0 && ', '}
                            <a href={`#term=${r}`}>{byId.get(r)?.term ?? r}</a>
                          </span>
                        ))}
                      </p>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
