package vn.hoptac.geo;

import java.time.LocalDate;

/** Filters of the locality list; null means "any". {@code at}: only units in force on that day. */
public record LocalityQuery(String text, String country, LocalityLevel level, String parentCode, LocalDate at) {
}
