package vn.hoptac.geo;

/** Filters of the locality list; null means "any". */
public record LocalityQuery(String text, String country, LocalityLevel level, String parentCode) {
}
