package vn.hoptac.agreements.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.hoptac.shared.Text;

/**
 * Công ước, định ước, hiệp ước and hiệp định name treaties; an international agreement signed below
 * the national level may not bear them (Ordinance 33/2007/PL-UBTVQH11 Art. 2(2), carried into
 * Law 70/2020/QH14). Matching folds case, diacritics and Unicode normal form; what is reported is
 * the name as the title spells it, so a message can quote the user's own words.
 */
public final class ReservedTreatyNames {

	private static final Set<String> RESERVED = Set.of("cong uoc", "dinh uoc", "hiep uoc", "hiep dinh");

	/** A word with its combining marks, in whatever normal form the title arrives. */
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

	private ReservedTreatyNames() {
	}

	/** The reserved name the title uses, as written there (two words), if any. */
	public static Optional<String> findIn(String title) {
		List<int[]> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(title);
		while (matcher.find()) {
			words.add(new int[] { matcher.start(), matcher.end() });
		}
		for (int i = 0; i + 1 < words.size(); i++) {
			String pair = Text.fold(title.substring(words.get(i)[0], words.get(i)[1])) + " "
					+ Text.fold(title.substring(words.get(i + 1)[0], words.get(i + 1)[1]));
			if (RESERVED.contains(pair)) {
				return Optional.of(title.substring(words.get(i)[0], words.get(i + 1)[1]));
			}
		}
		return Optional.empty();
	}

}
