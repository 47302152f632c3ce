package vn.hoptac.exchanges.web;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import vn.hoptac.exchanges.Exchange;
import vn.hoptac.exchanges.ExchangeCount;
import vn.hoptac.exchanges.ExchangeKind;
import vn.hoptac.exchanges.ExchangeStatus;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.Party;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Visibility;
import vn.hoptac.sources.CitationResponse;

/**
 * An exchange in full. Its writable fields are those of {@link ExchangeRequest}, with the same names
 * and shapes; {@code vnParty} and {@code foreignParty} name the parties, {@code foreignCountry}
 * follows from the foreign party when there is one, {@code sourceCitations} reads {@code source}.
 */
record ExchangeResponse(Long id, String title, ExchangeKind kind, ExchangeStatus status, String programmeName,
		Long vnLocalityId, Long vnOrganisationId, Party vnParty, Long foreignLocalityId, Long foreignOrganisationId,
		Party foreignParty, String foreignCountry, Long partnershipId, Long projectId, boolean online,
		String startOn, String endOn, String description, Set<CooperationField> fields, List<ExchangeCount> counts,
		String source, Visibility visibility, Long ownerProvinceId, long version,
		List<CitationResponse> sourceCitations) {

	static ExchangeResponse of(Exchange e, PartyDirectory.Lookup names, List<CitationResponse> sourceCitations) {
		return new ExchangeResponse(e.getId(), e.getTitle(), e.getKind(), e.getStatus(), e.getProgrammeName(),
				e.getVnLocalityId(), e.getVnOrganisationId(), names.party(e.getVnLocalityId(), e.getVnOrganisationId()),
				e.getForeignLocalityId(), e.getForeignOrganisationId(),
				names.party(e.getForeignLocalityId(), e.getForeignOrganisationId()), e.getForeignCountry(),
				e.getPartnershipId(), e.getProjectId(), e.isOnline(), text(e.getStart()), text(e.getEnd()),
				e.getDescription(), new TreeSet<>(e.getFields()), List.copyOf(e.getCounts()), e.getSource(),
				e.getStewardship().visibility(), e.getStewardship().provinceId(), e.getVersion(), sourceCitations);
	}

	static String text(PartialDate date) {
		return date == null ? null : date.toString();
	}

}
