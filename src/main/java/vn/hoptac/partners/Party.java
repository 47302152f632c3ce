package vn.hoptac.partners;

/** A party to a partnership or agreement as a reader sees it: a locality or an organisation. */
public record Party(String kind, Long id, String code, String name, String country) {

	public static final String LOCALITY = "locality";

	public static final String ORGANISATION = "organisation";

}
