// Types translation keys from the English locale file: a misspelt key fails the type check.
import 'i18next';
import type en from '../../locales/en/common.json';
import type enMyGlossary from '../../locales/en/myGlossary.json';
import type enImport from '../../locales/en/import.json';
import type enSettings from '../../locales/en/settings.json';
import type enLookup from '../../locales/en/lookup.json';
import type enAbout from '../../locales/en/about.json';
import type enReview from '../../locales/en/review.json';
import type enListen from '../../locales/en/listen.json';
import type enRecords from '../../locales/en/records.json';
import type enGlossaryPopup from '../../locales/en/glossaryPopup.json';
import type enLibrary from '../../locales/en/library.json';
import type enNotices from '../../locales/en/notices.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof en;
      myGlossary: typeof enMyGlossary;
      import: typeof enImport;
      settings: typeof enSettings;
      lookup: typeof enLookup;
      about: typeof enAbout;
      review: typeof enReview;
      listen: typeof enListen;
      records: typeof enRecords;
      glossaryPopup: typeof enGlossaryPopup;
      library: typeof enLibrary;
      notices: typeof enNotices;
    };
  }
}
