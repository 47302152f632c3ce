package vn.hoptac.sources;

/** What kind of document a source is. */
public enum SourceKind {

	JOURNAL_ARTICLE, DOCTORAL_THESIS, NEWS_ARTICLE, LEGAL_DOCUMENT, REPORT, OTHER

}
