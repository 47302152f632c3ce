package vn.hoptac.geo.web;

import java.time.LocalDate;
import java.util.List;

import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityLevel;
import vn.hoptac.geo.Succession;
import vn.hoptac.shared.Names;

/** A locality as the API shows it; {@code name} is in the request's language. */
record LocalityResponse(Long id, String code, String country, LocalityLevel level, Long parentId, String name,
		Names names, LocalDate validFrom, LocalDate validTo, String source, long version,
		List<SuccessionResponse> predecessors, List<SuccessionResponse> successors) {

	static LocalityResponse summary(Locality locality) {
		return of(locality, null, null);
	}

	static LocalityResponse of(Locality l, List<Succession> predecessors, List<Succession> successors) {
		return new LocalityResponse(l.getId(), l.getCode(), l.getCountry(), l.getLevel(), l.getParentId(),
				l.getNames().current(), l.getNames(), l.getValidFrom(), l.getValidTo(), l.getSource(), l.getVersion(),
				SuccessionResponse.all(predecessors), SuccessionResponse.all(successors));
	}

	/** A predecessor or successor, with the date and kind of the change. */
	record SuccessionResponse(Long id, String code, String name, LocalDate effectiveOn, String kind, String source) {

		static List<SuccessionResponse> all(List<Succession> successions) {
			return successions == null ? null
					: successions.stream()
						.map(s -> new SuccessionResponse(s.other().getId(), s.other().getCode(),
								s.other().getNames().current(), s.effectiveOn(), s.kind(), s.source()))
						.toList();
		}

	}

}
