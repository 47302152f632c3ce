package vn.hoptac.partners;

/** Filters of the organisation list; null means "any". {@code localityId} covers the locality's history. */
public record OrganisationQuery(String text, String country, OrganisationType type, Long localityId) {
}
