// The worker's side of counterpart finding: pairs linked ahead in the background, in order, with `done` once per list.
import { describe, expect, it, vi } from 'vitest';
import { emptyLexicon } from '../../core/counterpart/emptyLexicon';
import * as link from '../../core/counterpart/link';
import { findCounterpartsIn, linkAhead } from './counterparts';

const pair = (n: number) => ({ nb: `Oslo har ${n} innbyggere.`, en: `Oslo has ${n} inhabitants.` });

describe('linkAhead', () => {
  it('links every pair of the list once, then says so; a later lookup in those pairs links nothing again', async () => {
    const spy = vi.spyOn(link, 'linkSentencePair');
    await new Promise<void>((done) => linkAhead([pair(1), pair(2), pair(3)], Promise.resolve(emptyLexicon), done));
    expect(spy).toHaveBeenCalledTimes(3);
    const found = await findCounterpartsIn(pair(2), 'nb', { start: 9, end: 10 }, emptyLexicon);
    expect(found).toEqual([{ start: 9, end: 10 }]);
    expect(spy).toHaveBeenCalledTimes(3);
    spy.mockRestore();
  });

  it('counts a list another replaces as done, and links only what is left of the new one', async () => {
    const first = vi.fn();
    const second = new Promise<void>((done) => {
      linkAhead([pair(10), pair(11), pair(12)], Promise.resolve(emptyLexicon), first);
      linkAhead([pair(20)], Promise.resolve(emptyLexicon), done);
    });
    expect(first).toHaveBeenCalledTimes(1);
    await second;
  });

  it('ends (and says so) when the dictionary cannot load, so nothing waits for good', async () => {
    await new Promise<void>((done) => linkAhead([pair(30)], Promise.reject(new Error('no data')), done));
  });
});
