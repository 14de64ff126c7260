// The two languages Tolk reads and speaks, as BCP 47 tags.
export const LANGS = ['nb', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'nb' || value === 'en';
}

export function otherLang(lang: Lang): Lang {
  return lang === 'nb' ? 'en' : 'nb';
}
