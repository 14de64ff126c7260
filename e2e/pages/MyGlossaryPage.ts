// My glossary as a learner sees it: the find bar, the terms, the edit form, export and import. Locators and actions, no assertions.
import type { Download, Page } from '@playwright/test';

const LABELS = {
  en: {
    title: 'My glossary',
    search: 'Search your glossary',
    sort: 'Sort',
    article: 'Article',
    list: 'Your terms',
    edit: 'Edit',
    delete: 'Delete',
    termNb: 'Term in Norwegian',
    termEn: 'Term in English',
    note: 'Note',
    save: 'Save',
    cancel: 'Cancel',
    undo: 'Undo',
    openArticle: 'Open the article',
    exportCsv: 'Export CSV (for Anki)',
    exportJson: 'Export JSON',
    importFile: 'Import from a CSV or JSON file',
    preview: 'Import preview',
    add: /^Add \d+ terms?$/,
    keepMine: 'Keep mine',
    takeTheirs: 'Take the saved one',
    seeBoth: 'See both',
    dropMine: 'Discard mine',
  },
  nb: {
    title: 'Min ordliste',
    search: 'Søk i ordlisten',
    sort: 'Sorter',
    article: 'Artikkel',
    list: 'Ordene dine',
    edit: 'Endre',
    delete: 'Slett',
    termNb: 'Ord på norsk',
    termEn: 'Ord på engelsk',
    note: 'Notat',
    save: 'Lagre',
    cancel: 'Avbryt',
    undo: 'Angre',
    openArticle: 'Åpne artikkelen',
    exportCsv: 'Eksporter CSV (for Anki)',
    exportJson: 'Eksporter JSON',
    importFile: 'Importer fra en CSV- eller JSON-fil',
    preview: 'Forhåndsvisning av importen',
    add: /^Legg til \d+ ord$/,
    keepMine: 'Behold min versjon',
    takeTheirs: 'Bruk den lagrede',
    seeBoth: 'Vis begge',
    dropMine: 'Forkast min versjon',
  },
} as const;

export class MyGlossaryPage {
  readonly labels: (typeof LABELS)[keyof typeof LABELS];

  constructor(
    readonly page: Page,
    lang: 'en' | 'nb' = 'en',
  ) {
    this.labels = LABELS[lang];
  }

  async goto() {
    await this.page.goto('/glossary');
    await this.heading().waitFor();
  }

  heading() {
    return this.page.getByRole('heading', { level: 1, name: this.labels.title });
  }

  /** The status line with the number of terms ("6 terms", "1 of 6 terms"). */
  count() {
    return this.page.getByRole('status').filter({ hasText: /^\d+ (of|av) \d+ (terms?|ord)$|^\d+ (terms?|ord)$/ });
  }

  status(text: string | RegExp) {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  search() {
    return this.page.getByLabel(this.labels.search);
  }

  sort() {
    return this.page.getByLabel(this.labels.sort);
  }

  articleFilter() {
    return this.page.getByLabel(this.labels.article);
  }

  list() {
    return this.page.getByRole('list', { name: this.labels.list });
  }

  items() {
    return this.list().getByRole('listitem');
  }

  /** The terms' headings in list order, "tankesmie – think tank". */
  headings() {
    return this.list().getByRole('heading', { level: 2 });
  }

  item(heading: string | RegExp) {
    return this.items().filter({ has: this.page.getByRole('heading', { level: 2, name: heading }) });
  }

  editButton(term: string) {
    return this.page.getByRole('button', { name: `${this.labels.edit} ${term}`, exact: true });
  }

  deleteButton(term: string) {
    return this.page.getByRole('button', { name: `${this.labels.delete} ${term}`, exact: true });
  }

  editForm() {
    return this.page.getByRole('form');
  }

  field(which: 'nb' | 'en' | 'note') {
    const label = which === 'nb' ? this.labels.termNb : which === 'en' ? this.labels.termEn : this.labels.note;
    return this.editForm().getByLabel(label, { exact: true });
  }

  saveButton() {
    return this.editForm().getByRole('button', { name: this.labels.save });
  }

  cancelButton() {
    return this.editForm().getByRole('button', { name: this.labels.cancel });
  }

  /** The notice that the term was changed in another tab since its form opened, with the learner's choices. */
  conflict() {
    return this.editForm().getByRole('alert').filter({ has: this.page.getByRole('button', { name: this.labels.keepMine }) });
  }

  conflictChoice(choice: 'keepMine' | 'takeTheirs' | 'seeBoth' | 'dropMine') {
    return this.conflict().getByRole('button', { name: this.labels[choice] });
  }

  alert(text: string | RegExp) {
    return this.page.getByRole('alert').filter({ hasText: text });
  }

  undoButton() {
    return this.page.getByRole('button', { name: this.labels.undo });
  }

  openArticleLink(heading: string | RegExp) {
    return this.item(heading).getByRole('link', { name: this.labels.openArticle });
  }

  fileInput() {
    return this.page.getByLabel(this.labels.importFile);
  }

  async chooseFile(path: string) {
    await this.fileInput().setInputFiles(path);
  }

  preview() {
    return this.page.getByRole('group', { name: this.labels.preview });
  }

  addButton() {
    return this.preview().getByRole('button', { name: this.labels.add });
  }

  cancelImportButton() {
    return this.preview().getByRole('button', { name: this.labels.cancel });
  }

  /** Chooses a file and confirms its preview. */
  async importFile(path: string) {
    await this.chooseFile(path);
    await this.addButton().click();
  }

  async exportCsv(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: this.labels.exportCsv }).click()]);
    return download;
  }

  async exportJson(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: this.labels.exportJson }).click()]);
    return download;
  }
}
