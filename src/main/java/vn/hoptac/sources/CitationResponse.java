package vn.hoptac.sources;

import java.util.List;

/**
 * A reference of a record's source as the API shows it: the document and the locator within it
 * ("§3.1, Bảng 1"), or, for a part that names no document, only {@code text} (a provenance clause
 * in the request's language, or a note as written).
 */
public record CitationResponse(SourceDocumentResponse document, String locator, String text) {

	public static List<CitationResponse> of(List<Citation> citations) {
		return citations.stream()
			.map(c -> new CitationResponse(c.citesDocument() ? SourceDocumentResponse.of(c.document()) : null,
					c.locator(), c.citesDocument() ? null : c.text()))
			.toList();
	}

}
