package vn.hoptac.sources;

import static vn.hoptac.shared.FormFields.trimmed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.shared.HistoryFields;
import vn.hoptac.shared.NotFoundException;
import vn.hoptac.sources.internal.SourceDocumentRepository;

/**
 * Reads a record's source text as citations: "004_67aabffd7c66fad0.txt §3 (2002–2009);
 * 004_67aabffd7c66fad0.txt §4" is two references to one document, each with its locator. Pages
 * show them as "title, §3 (2002–2009)" ({@code @citations} in templates); the API returns them
 * structured. A part that names no known document is a clause of the reference data's provenance,
 * told in the reader's language, or a note kept as written.
 */
@Service("citations")
@Transactional(readOnly = true)
public class Citations {

	public static final String ENTITY = "source";

	/** A document key, as the seed texts are named: three digits, an underscore, 16 hex digits, ".txt". */
	private static final Pattern REFERENCE = Pattern.compile("^(\\d{3}_[0-9a-f]{16})(?:\\.txt)?\\s*,?\\s*(.*)$",
			Pattern.DOTALL);

	private final SourceDocumentRepository documents;

	private final ReferenceProvenance provenance;

	Citations(SourceDocumentRepository documents, ReferenceProvenance provenance) {
		this.documents = documents;
		this.provenance = provenance;
	}

	/** The citations of a source text, in order, for the current request's language. */
	public List<Citation> of(String source) {
		return of(source, LocaleContextHolder.getLocale());
	}

	/** The citations of a source text, in order; empty for no text. One query for the documents named. */
	public List<Citation> of(String source, Locale locale) {
		if (source == null || source.isBlank()) {
			return List.of();
		}
		List<String> parts = parts(source);
		List<String> keys = parts.stream()
			.map(part -> REFERENCE.matcher(part.trim()))
			.filter(Matcher::matches)
			.map(m -> m.group(1))
			.distinct()
			.toList();
		Map<String, SourceDocument> named = keys.isEmpty() ? Map.of()
				: documents.findAllById(keys)
					.stream()
					.collect(Collectors.toMap(SourceDocument::getId, Function.identity()));
		List<Citation> citations = new ArrayList<>();
		for (String part : parts) {
			String text = part.trim();
			if (text.isEmpty()) {
				continue;
			}
			Matcher reference = REFERENCE.matcher(text);
			SourceDocument document = reference.matches() ? named.get(reference.group(1)) : null;
			citations.add(document != null ? new Citation(document, trimmed(reference.group(2)), text, null)
					: provenance.tell(text, locale)
						.map(told -> new Citation(null, null, told, locale.getLanguage()))
						.orElseGet(() -> new Citation(null, null, text, "vi")));
		}
		return citations;
	}

	/** A source text as its citations read in the current language ("title, §3.1, Bảng 1; …"), in plain text. */
	public String asText(String source) {
		Locale locale = LocaleContextHolder.getLocale();
		return of(source, locale).stream()
			.map(c -> c.citesDocument()
					? c.document().titleIn(locale) + (c.locator() == null ? "" : ", " + c.locator())
					: c.text())
			.collect(Collectors.joining("; "));
	}

	/** The history field of a record's source, shown as its citations. */
	public HistoryFields.Field historyField() {
		return HistoryFields.field("source", "record.source", new HistoryFields.Rendered(this::asText));
	}

	/** The references of a source text: its parts separated by semicolons outside parentheses. */
	private static List<String> parts(String source) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < source.length(); i++) {
			char c = source.charAt(i);
			depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
			if (c == ';' && depth == 0) {
				parts.add(source.substring(start, i));
				start = i + 1;
			}
		}
		parts.add(source.substring(start));
		return parts;
	}

	/** Every source document, by key. */
	public List<SourceDocument> documents() {
		return documents.findAll(Sort.by("id"));
	}

	public SourceDocument document(String id) {
		return documents.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

}
