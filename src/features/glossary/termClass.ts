// The class every glossary mark carries: the marks (renderMarks) and the popup's handlers (useTermPopup) agree on it without one loading the other.
export const TERM_CLASS = 'term';
