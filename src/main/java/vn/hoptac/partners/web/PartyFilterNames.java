package vn.hoptac.partners.web;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.ExportFilterNames;

/** Names the localities and organisations a list is filtered by, for an export's line of filters. */
@Component
class PartyFilterNames implements ExportFilterNames {

	private static final Set<String> LOCALITIES = Set.of("locality", "province", "parent");

	private static final Set<String> ORGANISATIONS = Set.of("organisation", "network", "participant");

	private final PartyDirectory parties;

	PartyFilterNames(PartyDirectory parties) {
		this.parties = parties;
	}

	@Override
	public Optional<String> name(String kind, Object id) {
		if (!(id instanceof Long number)) {
			return Optional.empty();
		}
		if (LOCALITIES.contains(kind)) {
			return Optional.ofNullable(parties.localityName(number));
		}
		if (ORGANISATIONS.contains(kind)) {
			return Optional.ofNullable(parties.organisationName(number));
		}
		return Optional.empty();
	}

}
