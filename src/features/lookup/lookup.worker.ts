// The lookup worker: loads the dictionary data once, then answers word lookups with their counterpart words, off the main thread.
import type { Lexicon } from '../../core/lexicon/types';
import { loadLexicon } from './loadLexicon';
import { findCounterpartsIn, linkAhead, prepareEvidence } from './counterparts';
import type { WorkerRequest, WorkerResponse } from './protocol';

let lexicon: Promise<Lexicon> | undefined;
const ready = () => {
  prepareEvidence();
  return (lexicon ??= loadLexicon());
};

const reply = (response: WorkerResponse) => postMessage(response);

onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'prepare') return linkAhead(request.pairs, ready(), () => reply({ id: request.id, type: 'linked' }));
  try {
    const loaded = await ready();
    if (request.type === 'warm') {
      // One lookup with its counterparts runs each code path once, so the learner's first tap does not pay for that.
      const pair = { nb: 'Rapporten strider mot det regjeringen sier.', en: 'The report contradicts what the government says.' };
      await findCounterpartsIn(pair, 'nb', { start: 10, end: 17 }, loaded);
      return reply({ id: request.id, type: 'ready' });
    }
    const lookup = loaded.lookup(request.word, request.lang);
    const counterparts = request.pair && request.span ? await findCounterpartsIn(request.pair, request.lang, request.span, loaded) : [];
    reply({ id: request.id, type: 'answer', answer: { lookup, counterparts } });
  } catch (error) {
    // A failed load is tried again on the next request, not remembered for the session.
    lexicon = undefined;
    reply({ id: request.id, type: 'failed', reason: error instanceof Error ? error.message : String(error) });
  }
};
