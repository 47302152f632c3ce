package vn.hoptac.sources;

/**
 * One reference of a record's source: the document it names and where in it ("§3.1, Bảng 1"),
 * or, when it names no known document, only its text and the language of that text: a clause of
 * the reference data's provenance told in the reader's language, or a note as written (in
 * Vietnamese, such as "thời điểm bắt đầu không nêu").
 */
public record Citation(SourceDocument document, String locator, String text, String language) {

	public boolean citesDocument() {
		return document != null;
	}

}
