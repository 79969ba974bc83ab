import { useEffect, useState } from 'react';
import { ReachChoice } from '../../components/ReachChoice';
import { reachInForce, type Reach, type ReachOutcome } from '../../lib/onboarding/reach';
import { SAMPLE_PARAGRAPH, sampleSegments } from '../../lib/onboarding/sample';
import { CRYPTO_DOMAINS } from '../../lib/sites/domains';
import { sendToBackground } from '../../utils/messaging';
import { onboardedAtItem } from '../../utils/onboarding-store';
import { setEverywhere } from '../../utils/site-permissions';
import { useSettings } from '../../utils/use-settings';
import { SampleParagraph } from './SampleParagraph';
import { withItem } from '../../lib/settings/lists';

const SEGMENTS = sampleSegments(SAMPLE_PARAGRAPH);

/** The page a new reader sees once: what Termlight does, a card to try, and where it runs. */
export function App() {
  const { settings, update } = useSettings();
  const [onboardedAt, setOnboardedAt] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<ReachOutcome>('none');
  useEffect(() => {
    // A change seen by the watch is newer than the first read, which may answer after it.
    let changed = false;
    const unwatch = onboardedAtItem.watch((at) => {
      changed = true;
      setOnboardedAt(at);
    });
    void onboardedAtItem.getValue().then((at) => {
      if (!changed) setOnboardedAt(at);
    });
    return unwatch;
  }, []);
  useEffect(() => {
    document.documentElement.dataset.theme = settings?.theme ?? 'auto';
  }, [settings?.theme]);

  const choose = (reach: Reach): void => {
    if (reach === 'anywhere') setOutcome('asking');
    // Runs in the click: turning everywhere on asks the browser for all sites first, which it
    // allows only during a user gesture. Turning it off gives that permission back.
    void setEverywhere(reach === 'anywhere')
      .catch((err: unknown) => {
        console.error('Termlight: the permission request failed', err);
        return false;
      })
      .then(async (ok) => {
        const at = Date.now();
        await onboardedAtItem.setValue(at);
        setOnboardedAt(at);
        setOutcome(ok ? reach : 'refused');
      });
  };

  if (!settings) return <p>Loading…</p>;
  return (
    <main className="onboarding">
      <header>
        <h1>Welcome to Termlight</h1>
      </header>
      <p className="lead">
        Termlight underlines the crypto, DeFi and derivatives terms it knows on the pages you read. Rest the pointer on one to open a card with a plain
        definition, a longer explanation and related terms. It reads pages on your computer and sends nothing anywhere.
      </p>
      <section aria-labelledby="try-title">
        <h2 id="try-title">Try it</h2>
        <p className="muted">Rest the pointer on an underlined term, or Tab to one and press Enter.</p>
        <SampleParagraph
          segments={SEGMENTS}
          dwellMs={settings.hoverDelayMs}
          theme={settings.theme}
          isKnown={(id) => settings.knownTerms.includes(id)}
          onKnow={(id, known) => update((s) => ({ knownTerms: withItem(s.knownTerms, id, known) }))}
          onSearch={(id) => void sendToBackground({ type: 'termlight:open-glossary', id })}
        />
      </section>
      <ReachChoice
        current={reachInForce({ outcome, onboarded: onboardedAt !== null, everywhere: settings.everywhere })}
        outcome={outcome}
        builtInSites={CRYPTO_DOMAINS.length}
        onChoose={choose}
      />
    </main>
  );
}
