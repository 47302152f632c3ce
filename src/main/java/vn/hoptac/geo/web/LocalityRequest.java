package vn.hoptac.geo.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityDraft;
import vn.hoptac.geo.LocalityLevel;
import vn.hoptac.shared.AcceptsFieldsOf;
import vn.hoptac.shared.NameLengths;
import vn.hoptac.shared.Names;

/**
 * Body of POST and PUT; {@code version} is the one the client read (required for a safe PUT). The
 * code and the parent are set when creating. What GET answers can be sent back as it is.
 */
@AcceptsFieldsOf(LocalityResponse.class)
record LocalityRequest(@Size(max = Locality.CODE_LENGTH) String code, String country, LocalityLevel level,
		@Size(max = Locality.CODE_LENGTH) String parentCode, @NameLengths(max = Locality.NAME_LENGTH) Names names,
		LocalDate validFrom, LocalDate validTo, @Size(max = Locality.SOURCE_LENGTH) String source, Long version) {

	LocalityDraft toDraft() {
		return new LocalityDraft(code, country, level, parentCode, names, validFrom, validTo, source);
	}

}
