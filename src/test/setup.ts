// Gives Dexie a working IndexedDB under Node for the data-layer tests.
import 'fake-indexeddb/auto';
