package vn.hoptac.partners;

import java.time.LocalDate;

/**
 * A party to a partnership or agreement as a reader sees it: a locality or an organisation, named
 * in the reader's language or its fallback ({@link vn.hoptac.shared.Names}), and the language of
 * that name ("vi", "en", "ko"); {@code until} is the last day of a locality no longer in force (a
 * former province), else null.
 */
public record Party(String kind, Long id, String code, String name, String country, String language,
		LocalDate until) {

	public static final String LOCALITY = "locality";

	public static final String ORGANISATION = "organisation";

}
