package vn.hoptac.partners;

import java.time.LocalDate;

/**
 * A party to a partnership or agreement as a reader sees it: a locality or an organisation;
 * {@code until} is the last day of a locality no longer in force (a former province), else null.
 */
public record Party(String kind, Long id, String code, String name, String country, LocalDate until) {

	public Party(String kind, Long id, String code, String name, String country) {
		this(kind, id, code, name, country, null);
	}

	public static final String LOCALITY = "locality";

	public static final String ORGANISATION = "organisation";

}
