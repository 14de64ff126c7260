// Dropping the page furniture a copied article carries (ad notices, teasers, share buttons, repeated captions).
//
// Each rule judges one whole block; a block is only ever kept, dropped or relabelled, never edited, so the
// words of the article cannot be touched. Rules run in order and the first verdict other than 'keep' wins.
import type { CleanBlock } from './types';

/**
 * keep: not this rule's business. drop: noise. caption: keep it, as a caption. supersede: keep it as a caption
 * in place of the block just before it, which said the same without the photo credit.
 */
type Verdict = 'keep' | 'drop' | 'caption' | 'supersede';

/** What a rule may know of the blocks kept so far (sets, so a long text stays linear). */
interface Seen {
  previous: CleanBlock | undefined;
  texts: ReadonlySet<string>;
  captionBodies: ReadonlySet<string>;
}

interface NoiseRule {
  name: string;
  /** `line` is the block's text on one line and `label` as a button reads it, made once per block: a long text has thousands. */
  judge: (block: CleanBlock, seen: Seen, text: BlockText) => Verdict;
}

interface BlockText {
  line: string;
  /** Empty for a block longer than any page furniture, which no rule reads as a label. */
  label: string;
}

/** A photo credit at the end of a block: "… Foto: Kristina Kormilitsyna / Sputnik / Kreml / AP / NTB". */
const PHOTO_CREDIT = /(?:^|\s)\(?(?:foto|photo|bilde|image|illustrasjon|illustration)\s*:\s*[^:]{1,120}\)?\.?$/iu;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The text as a button or label reads, without trailing punctuation and arrows ("Vis mer ›", "Annonse:"). */
const label = (line: string) => line.replace(/[\s.:!…›»→+]+$/u, '');
const captionBody = (text: string) => oneLine(text.replace(PHOTO_CREDIT, ''));

/** Page furniture is short; a longer block is article text whatever it begins with. */
const FURNITURE_MAX = 300;

/** A rule that drops a block whose label matches, when it is at most `maxLength` characters long. */
function dropMatching(name: string, pattern: RegExp, maxLength = FURNITURE_MAX): NoiseRule {
  return { name, judge: (block, _seen, { label }) => (block.text.length <= maxLength && pattern.test(label) ? 'drop' : 'keep') };
}

export const NOISE_RULES: readonly NoiseRule[] = [
  // Separator lines ("--", "***", "-") and lone arrows: no letter or digit, so nothing to read.
  { name: 'separator', judge: (block) => (/[\p{L}\p{N}]/u.test(block.text) ? 'keep' : 'drop') },
  // Fact-box markers that point at a person or a box beside the text ("<-Alexander Lukashenko").
  dropMatching('arrow-marker', /^(?:<-|->|←|→)/u),
  // Ad notices between paragraphs; seed 000 has "Artikkelen fortsetter under annonsen" seven times.
  dropMatching(
    'ad-notice',
    /^(?:artikkelen fortsetter (?:under|etter) annonsen|(?:the )?(?:article|story) continues (?:below|after)(?: the)? (?:advertisement|ad)|annonse|annonsørinnhold|reklame|advertisement|sponset innhold|sponsored content)$/iu,
  ),
  // Buttons that unfold a box or a list ("View more" after the summary box in seed 003).
  dropMatching('more-button', /^(?:(?:view|show|see|read|load) more|(?:vis|se|les|last inn) (?:mer|flere))$/iu),
  // Links to more on the story ("Les mer om Moskva-terroren her!"); short, so a sentence that happens to begin so stays.
  dropMatching('read-more-teaser', /^(?:les mer|read more)\b/iu, 100),
  // Links to other articles ("Also read: The Moscow terror: – Catastrophic incompetence", "Les også: …").
  dropMatching('link-teaser', /^(?:les også|se også|also read|read also|see also|relatert|related)(?![\p{L}\p{N}])/iu, 200),
  // Links to videos ("Se video: Sammenligner Putin med Disney-skurk").
  dropMatching('video-teaser', /^(?:se video|se også video|video|watch|watch video|se tv)\s*:/iu, 200),
  // The article's tags ("Tags: president Belarus #causing trouble Putin", "Stikkord: …").
  dropMatching('tag-line', /^(?:tags|tagged|stikkord|emner|tema|topics)\s*:/iu),
  // Teasers for the next story ("NEXT Made his own video card – ITavisen"); capitals or a colon, since "Neste år …" is text.
  dropMatching('next-teaser', /^(?:NEXT|NESTE|FORRIGE|PREVIOUS)\b|^(?:[Nn]ext|[Nn]este|[Pp]revious|[Ff]orrige)(?: (?:article|story|artikkel|sak))?\s*:/u),
  // Share and social buttons ("Del artikkelen", "Share on Facebook", "Del på Facebook", "Kopier lenke").
  dropMatching(
    'share-line',
    /^(?:(?:del|share)(?: (?:artikkelen|saken|this article|this story|article|story))?(?: (?:på|on|via) (?:facebook|twitter|x|linkedin|whatsapp|messenger|e-?post|e-?mail|sms))?|tweet|kopier lenke(?:n)?|copy link)$/iu,
  ),
  // A note on which language the page's original is in ("The article is in Norwegian" at the end of seed 003).
  dropMatching('language-notice', /^(?:the|this) article is (?:also )?(?:available )?in (?:norwegian|english)$|^(?:artikkelen|saken) (?:er|finnes) (?:også )?på (?:norsk|engelsk)$/iu),
  // Pages print a photo's caption twice (alt text and caption); keep the first, or the one that has the credit.
  { name: 'repeated-caption', judge: repeatedCaption },
  // A block that ends in a photo credit, or is only one, is a caption, not body text.
  { name: 'photo-credit', judge: (block, _seen, { line }) => (block.kind === 'paragraph' && PHOTO_CREDIT.test(line) ? 'caption' : 'keep') },
];

function repeatedCaption(block: CleanBlock, seen: Seen, { line: text }: BlockText): Verdict {
  const hasCredit = PHOTO_CREDIT.test(text);
  if (block.kind !== 'caption' && !hasCredit) return 'keep';
  if (seen.texts.has(text)) return 'drop';
  const body = captionBody(text);
  if (body === '') return 'keep'; // a credit alone says something new: whose photo the next one is
  if (hasCredit && seen.previous && oneLine(seen.previous.text) === body) return 'supersede';
  return seen.captionBodies.has(body) ? 'drop' : 'keep';
}

function verdictFor(block: CleanBlock, seen: Seen, text: BlockText): Verdict {
  for (const rule of NOISE_RULES) {
    const verdict = rule.judge(block, seen, text);
    if (verdict !== 'keep') return verdict;
  }
  return 'keep';
}

export function removeNoise(blocks: CleanBlock[]): { blocks: CleanBlock[]; removed: number } {
  const kept: CleanBlock[] = [];
  const texts = new Set<string>();
  const captionBodies = new Set<string>();
  let removed = 0;
  for (const block of blocks) {
    const line = oneLine(block.text);
    const verdict = verdictFor(block, { previous: kept.at(-1), texts, captionBodies }, { line, label: block.text.length <= FURNITURE_MAX ? label(line) : '' });
    if (verdict === 'drop') {
      removed++;
      continue;
    }
    const keep: CleanBlock = verdict === 'keep' ? block : { kind: 'caption', text: block.text };
    if (verdict === 'supersede') {
      kept.pop();
      removed++;
    }
    kept.push(keep);
    texts.add(line);
    if (keep.kind === 'caption' || PHOTO_CREDIT.test(line)) captionBodies.add(captionBody(keep.text));
  }
  return { blocks: kept, removed };
}
