package vn.hoptac.partners;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;

/** Names parties for display, loading all localities and organisations of a page in two queries. */
@Component
public class PartyDirectory {

	private final LocalityService localities;

	private final OrganisationService organisations;

	PartyDirectory(LocalityService localities, OrganisationService organisations) {
		this.localities = localities;
		this.organisations = organisations;
	}

	public Lookup load(Collection<Long> localityIds, Collection<Long> organisationIds) {
		return new Lookup(localities.byIds(localityIds.stream().filter(Objects::nonNull).toList()),
				organisations.byIds(organisationIds.stream().filter(Objects::nonNull).toList()));
	}

	/** Loaded parties; names come in the current request's language. */
	public record Lookup(Map<Long, Locality> localities, Map<Long, Organisation> organisations) {

		public Party party(Long localityId, Long organisationId) {
			if (localityId != null && localities.containsKey(localityId)) {
				Locality l = localities.get(localityId);
				return new Party(Party.LOCALITY, l.getId(), l.getCode(), l.getNames().current(), l.getCountry());
			}
			if (organisationId != null && organisations.containsKey(organisationId)) {
				Organisation o = organisations.get(organisationId);
				return new Party(Party.ORGANISATION, o.getId(), o.getAbbreviation(), o.getNames().current(),
						o.getCountry());
			}
			return null;
		}

	}

}
