// What any page shows for records it cannot display: damaged-entry rows with their Delete button, and the page-level fallback. Locators only.
import type { Page } from '@playwright/test';

export class DamagedEntries {
  constructor(readonly page: Page) {}

  /** The rows saying "This entry is damaged", anywhere on the page. */
  rows() {
    return this.page.getByRole('listitem').filter({ hasText: 'This entry is damaged' });
  }

  deleteButton(label: string | RegExp) {
    return this.page.getByRole('button', { name: label instanceof RegExp ? label : `Delete the damaged entry ${label}` });
  }

  /** The fallback of a page that failed as a whole. */
  pageFailed() {
    return this.page.getByRole('alert').filter({ has: this.page.getByRole('heading', { name: 'This page could not be shown' }) });
  }

  toLibraryLink() {
    return this.pageFailed().getByRole('link', { name: 'Go to the library' });
  }
}
