package vn.hoptac.sources;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A document records cite, named by its key (the name of its text without ".txt"). Its title is
 * in the document's own language (Vietnamese); {@code titleEn} only where the document gives an
 * English title of its own. Authors and year are empty where the document does not state them.
 */
@Entity
@Table(name = "source_document")
public class SourceDocument {

	@Id
	private String id;

	private String title;

	private String titleEn;

	private String authors;

	@Column(name = "published_year")
	private Integer year;

	@Enumerated(EnumType.STRING)
	private SourceKind kind;

	private String publisher;

	private String link;

	protected SourceDocument() {
	}

	/** The title for a reader of this language: the document's English title on English and Korean pages, if it has one. */
	public String titleIn(Locale locale) {
		return "vi".equals(titleLanguageIn(locale)) ? title : titleEn;
	}

	/** The language of the title {@link #titleIn} shows, for a {@code lang} attribute. */
	public String titleLanguageIn(Locale locale) {
		boolean foreignReader = locale != null && !"vi".equals(locale.getLanguage());
		return foreignReader && titleEn != null && !titleEn.isBlank() ? "en" : "vi";
	}

	/** The title in the current request's language. */
	public String currentTitle() {
		return titleIn(LocaleContextHolder.getLocale());
	}

	public String currentTitleLanguage() {
		return titleLanguageIn(LocaleContextHolder.getLocale());
	}

	public String getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public String getAuthors() {
		return authors;
	}

	public Integer getYear() {
		return year;
	}

	public SourceKind getKind() {
		return kind;
	}

	public String getPublisher() {
		return publisher;
	}

	public String getLink() {
		return link;
	}

}
