package vn.hoptac.sources;

/** A source document as the API shows it: its key, title (and English title, if it has one), authors, year, kind, publisher, public link. */
public record SourceDocumentResponse(String id, String title, String titleEn, String authors, Integer year,
		SourceKind kind, String publisher, String link) {

	public static SourceDocumentResponse of(SourceDocument d) {
		return new SourceDocumentResponse(d.getId(), d.getTitle(), d.getTitleEn(), d.getAuthors(), d.getYear(),
				d.getKind(), d.getPublisher(), d.getLink());
	}

}
