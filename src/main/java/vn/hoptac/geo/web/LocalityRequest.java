package vn.hoptac.geo.web;

import java.time.LocalDate;

import vn.hoptac.geo.LocalityDraft;
import vn.hoptac.geo.LocalityLevel;
import vn.hoptac.shared.Names;

/** Body of POST and PUT; {@code version} is the one the client read (required for a safe PUT). */
record LocalityRequest(String code, String country, LocalityLevel level, String parentCode, Names names,
		LocalDate validFrom, LocalDate validTo, String source, Long version) {

	LocalityDraft toDraft() {
		return new LocalityDraft(code, country, level, parentCode, names, validFrom, validTo, source);
	}

}
