/**
 * The version of the Dutch analysis that turns a document into index terms (tokenizing, word forms,
 * compound splitting, synonym words the decompounder knows). A persisted search index stores it;
 * bump it when the analysis changes the terms of a document, so every store indexes its documents
 * again on the next start instead of mixing old and new terms. `tests/qa/analysis-version.test.ts`
 * fails when the terms change and this does not.
 */
export const ANALYSIS_VERSION = '78';
