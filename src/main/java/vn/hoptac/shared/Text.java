package vn.hoptac.shared;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;

/**
 * Text keys stored next to names so that the database can search and sort the way a Vietnamese
 * reader expects: {@link #fold} for case- and diacritic-insensitive search (NFC and NFD input give
 * the same key), {@link #sortKey} for Vietnamese collation order.
 */
public final class Text {

	private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

	private static final Collator VIETNAMESE = frozenVietnameseCollator();

	private Text() {
	}

	/** Lower-case, strip combining marks, map đ to d, collapse whitespace. */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = NFD.normalize(text);
		StringBuilder folded = new StringBuilder(decomposed.length());
		boolean lastWasSpace = true;
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			int type = Character.getType(c);
			if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
				continue;
			}
			if (c == 'đ' || c == 'Đ') {
				c = 'd';
			}
			if (Character.isWhitespace(c)) {
				if (!lastWasSpace) {
					folded.append(' ');
				}
				lastWasSpace = true;
				continue;
			}
			folded.append(Character.toLowerCase(c));
			lastWasSpace = false;
		}
		int end = folded.length();
		if (end > 0 && folded.charAt(end - 1) == ' ') {
			folded.setLength(end - 1);
		}
		return folded.toString().toLowerCase(Locale.ROOT);
	}

	/** The folded, space-joined text of all non-blank parts: what a free-text query is matched against. */
	public static String searchText(String... parts) {
		return Arrays.stream(parts)
			.filter(Objects::nonNull)
			.map(Text::fold)
			.filter(s -> !s.isEmpty())
			.collect(Collectors.joining(" | "));
	}

	/** The query split into folded tokens; a record matches when its search text contains each. */
	public static List<String> queryTokens(String query) {
		String folded = fold(query);
		return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
	}

	/** The value cut to at most {@code length} characters, to fit a column of that size. */
	/** A {@code LIKE} pattern for "contains": {@code %}, {@code _} and backslash escaped by backslash. */
	public static String likeContaining(String text) {
		return "%" + likeLiteral(text) + "%";
	}

	/** A {@code LIKE} pattern for "starts with", which an index on the column answers as a range. */
	public static String likePrefix(String text) {
		return likeLiteral(text) + "%";
	}

	private static String likeLiteral(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	public static String fit(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}

	/** Hex of the ICU Vietnamese collation key: byte order of keys equals Vietnamese order of names. */
	public static String sortKey(String text) {
		byte[] key = VIETNAMESE.getCollationKey(text == null ? "" : NFD.normalize(text)).toByteArray();
		return HexFormat.of().formatHex(key, 0, Math.max(0, key.length - 1));
	}

	/** Vietnamese-collation comparator, for sorting in memory what is not sorted by the database. */
	public static Collator vietnameseCollator() {
		return VIETNAMESE;
	}

	private static Collator frozenVietnameseCollator() {
		Collator collator = Collator.getInstance(new ULocale("vi"));
		collator.setStrength(Collator.TERTIARY);
		return collator.freeze();
	}

}
