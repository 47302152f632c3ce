package vn.hoptac.agreements.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.hoptac.shared.Text;

/**
 * Công ước, định ước, hiệp ước and hiệp định name treaties; an international agreement signed below
 * the national level may not bear them (Ordinance 33/2007/PL-UBTVQH11 Art. 2(2), carried into
 * Law 70/2020/QH14). Matching folds case, diacritics and Unicode normal form.
 */
public final class ReservedTreatyNames {

	private static final Pattern RESERVED = Pattern.compile("\\b(cong uoc|dinh uoc|hiep uoc|hiep dinh)\\b");

	private ReservedTreatyNames() {
	}

	/** The reserved name the title uses, folded, if any. */
	public static Optional<String> findIn(String title) {
		Matcher matcher = RESERVED.matcher(Text.fold(title));
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

}
