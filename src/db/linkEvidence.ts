// What the store knows that helps find counterpart words: the aligned sentence pairs of stored articles, and the term pairs of the glossaries.
import type { SentencePair } from '../core/counterpart/types';
import type { TolkDB } from './db';

/** Enough pairs for the co-occurrence counts to help, few enough that reading them stays quick with thousands of imports. */
export const MAX_EVIDENCE_ARTICLES = 300;

export interface LinkEvidenceData {
  pairs: SentencePair[];
  /** Editorial and personal terms: each a pair held to translate each other. */
  termPairs: { nb: string; en: string }[];
}

export async function readLinkEvidence(db: TolkDB): Promise<LinkEvidenceData> {
  return db.transaction('r', [db.articleTexts, db.glossary, db.personalTerms], async () => {
    const texts = await db.articleTexts.limit(MAX_EVIDENCE_ARTICLES).toArray();
    const pairs = texts.flatMap(({ versions }) =>
      versions.nb.blocks.flatMap((block, b) =>
        block.segments.flatMap((nb, s) => {
          const en = versions.en.blocks[b]?.segments[s];
          return nb && en ? [{ nb, en }] : [];
        }),
      ),
    );
    const editorial = await db.glossary.toArray();
    const personal = await db.personalTerms.toArray();
    const termPairs = [
      ...editorial.flatMap((entry) => entry.terms.nb.flatMap((nb) => entry.terms.en.map((en) => ({ nb, en })))),
      ...personal.filter((term) => term.terms.nb && term.terms.en).map((term) => ({ nb: term.terms.nb, en: term.terms.en })),
    ];
    return { pairs, termPairs };
  });
}
