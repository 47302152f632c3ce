package vn.hoptac.geo;

import java.time.LocalDate;

/** One link in a locality's history: {@code other} preceded or succeeded it on {@code effectiveOn}. */
public record Succession(Locality other, LocalDate effectiveOn, String kind, String source) {
}
