import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ordinaryUse, surroundings } from './sense-cues';

/** The cue (or undefined) for the word in [brackets] of a sentence. */
function cue(sentence: string): string | undefined {
  const start = sentence.indexOf('[');
  const end = sentence.indexOf(']') - 1;
  const text = sentence.replace('[', '').replace(']', '');
  return ordinaryUse(text, start, end);
}

describe('grammar cues for weak spellings', () => {
  it.each([
    'The proof stays valid as [long] as the client keeps its state.',
    'In the [long] run, fees fall as blocks fill.',
    'This is a [long] interval between two checkpoints.',
    '[Long] block validation takes a few hours on lower-end devices.',
    'The team has a [short] term plan for the relayer.',
    'MEV, [short] for maximal extractable value, is covered next.',
    "I'm sure we've fallen [short]; if you find any part confusing, tell us.",
    'It serves the interest of [short]-sighted users and no one else.',
    'In [short], the bridge is only as safe as its multisig.',
    'We had no [option] but to pause the contracts.',
    'There are two [options] for running the node.',
    'Pass the --rpc [option] to the client.',
    'We [leverage] the same infrastructure as the sequencer.',
    'The SDK [leverages] the existing wallet connection.',
    'The asset [blocks] any transfer to a sanctioned address.',
    'An attacker could thus [block] the bundler from including operations.',
    'Modular design is a fundamental building [block] of the stack.',
    'The price moved within the [margin] of error.',
    'These properties hold under specified [margins] of security.',
    'Store the Unix [epoch] timestamp in seconds.',
    'Store the time as seconds since the Unix [epoch].',
    'Take the [delta] between the two values.',
    'Real-world [mining] towns grew around the railway.',
    'React Native [bridges] between JavaScript and native code.',
    'The grant helps [bridge] the gap between research and production.',
    'The ERC leaves a lot at [stake] for integrators.',
    'Install [Node].js 20 before building.',
    'The request carries an access [token] in its header.',
    'The Docker [bridge] network connects containers.',
    'Delving Bitcoin announced the [merge] of the pull request.',
    'Delving Bitcoin announced [the merge] of the pull request.',
    'That is the [key] property of EOAs.',
    'Imagine a stranger [staking] out a mining claim.',
    'Every function [call] costs at least some gas.',
    'Natural [gas] prices rose this winter.',
    'The swimming [pool] closes at nine.',
    'First [fork] the repository on GitHub.',
  ])('rules out "%s"', (sentence) => {
    expect(cue(sentence)).toBeDefined();
  });

  it.each([
    'Traders who are [long] ETH pay funding to shorts.',
    'Opening a [long] position with 10x leverage risks liquidation.',
    'Go [short] on the perp when funding turns negative.',
    'A covered [call] caps the upside of the holder.',
    'The [option] expires worthless if the price stays below the strike.',
    'Use [leverage] carefully: a 5% move wipes out a 20x position.',
    'The proposer builds the [block] and broadcasts it.',
    'Each [epoch] has 32 slots of 12 seconds.',
    'The [delta] of an at-the-money call is about 0.5.',
    'Users [bridge] ETH to Arbitrum through the canonical bridge.',
    'Validators [stake] 32 ETH to join the active set.',
    'The [margin] requirement rises with position size.',
    'Proof-of-work [mining] secures Bitcoin.',
    'Each [node] keeps a copy of the chain.',
    'The [gas] used by a transfer is 21,000.',
    'The liquidity [pool] holds both tokens.',
    'Sign with the private [key] and broadcast.',
    'After [the merge], blocks come every 12 seconds.',
  ])('keeps "%s"', (sentence) => {
    expect(cue(sentence)).toBeUndefined();
  });

  it('never looks past the end of its sentence', () => {
    const text = 'Traders go long. As long as funding is positive, they pay.';
    expect(ordinaryUse(text, text.indexOf('long'), text.indexOf('long') + 4)).toBeUndefined();
  });
});

describe('crypto verbs and determiners the cues leave alone', () => {
  it.each([
    'Users need to [deposit] ETH before they can trade.',
    'The protocol [rewards] the more active validators.',
    'The explorer shows which [slots] were missed.',
  ])('keeps "%s"', (sentence) => {
    expect(cue(sentence)).toBeUndefined();
  });
});

describe('spellings that name properties of every object', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('"%s" reads as no idiom and does not throw', (word) => {
    expect(ordinaryUse(`The ${word} runs once.`, 4, 4 + word.length)).toBeUndefined();
  });
});

describe('the sentence around a match', () => {
  // The definition the hand-written reader replaces: slice 48 characters each side, cut at
  // the last sentence end before and the first after, fold white space.
  function reference(text: string, start: number, end: number): { before: string; after: string } {
    const beforeRaw = text.slice(Math.max(0, start - 48), start);
    const cuts = ['. ', '! ', '? ', '; ', '\n'].map((d) => {
      const at = beforeRaw.lastIndexOf(d);
      return at < 0 ? 0 : at + d.length;
    });
    const before = beforeRaw.slice(Math.max(...cuts));
    const afterRaw = text.slice(end, end + 48);
    const stop = afterRaw.search(/[.!?;](?:\s|$)|\n/);
    const after = stop >= 0 ? afterRaw.slice(0, stop + 1) : afterRaw;
    return { before: before.toLowerCase().replace(/\s+/g, ' '), after: after.replace(/\s+/g, ' ') };
  }
  const unit = fc.constantFrom(...'ab Z.!?;,\n\t\u00a0é'.split(''), '  ');
  const text = fc.array(unit, { minLength: 1, maxLength: 140 }).map((u) => u.join(''));

  it('is the sentence each side, white space folded, on any text', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(3), (t, at, width) => {
        const start = at % t.length;
        const end = Math.min(t.length, start + width);
        expect(surroundings(t, start, end)).toEqual(reference(t, start, end));
      }),
      { numRuns: 3000 },
    );
  });
});
