export { typographText, typographRuns, type StyledRun, type TypographyLang } from './typograph.js';
export { createHyphenator } from './hyphenator.js';
export { kazakhSyllables, kazakhSyllableBreaks } from './kazakhSyllables.js';
