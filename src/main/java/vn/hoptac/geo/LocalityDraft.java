package vn.hoptac.geo;

import java.time.LocalDate;

import vn.hoptac.shared.Names;

/** What a user states about a locality when creating or editing it. */
public record LocalityDraft(String code, String country, LocalityLevel level, String parentCode, Names names,
		LocalDate validFrom, LocalDate validTo, String source) {
}
