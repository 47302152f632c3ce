package vn.hoptac.agreements.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.hoptac.agreements.Agreement;
import vn.hoptac.agreements.AgreementParty;
import vn.hoptac.agreements.AgreementService;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.OrganisationService;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.ListItemCaches;
import vn.hoptac.shared.RenderedItems;

/**
 * Agreement list items, remembered per agreement and language ({@link RenderedItems}): forgotten
 * when the agreement changes, and all of them when a locality or organisation does, since items
 * carry party names.
 */
@Component
class AgreementListItems {

	/** Per language; about a kilobyte each. */
	private static final int REMEMBERED = 5_000;

	private final AgreementService agreements;

	private final PartyDirectory parties;

	private final RenderedItems<AgreementListItem> items;

	AgreementListItems(AgreementService agreements, PartyDirectory parties, ListItemCaches caches) {
		this.agreements = agreements;
		this.parties = parties;
		this.items = caches.create(AgreementService.ENTITY, Set.of(LocalityService.ENTITY, OrganisationService.ENTITY),
				REMEMBERED);
	}

	List<AgreementListItem> of(List<Long> ids) {
		return items.of(ids, this::render);
	}

	private Map<Long, AgreementListItem> render(List<Long> ids) {
		List<Agreement> found = agreements.byIds(ids);
		PartyDirectory.Lookup names = partyNames(found.stream().flatMap(a -> a.getParties().stream()).toList());
		return found.stream()
			.collect(Collectors.toMap(Agreement::getId, a -> AgreementListItem.of(a, names), (a, b) -> a));
	}

	/** Names the parties of agreements, for their items and for a detail. */
	PartyDirectory.Lookup partyNames(Collection<AgreementParty> all) {
		return parties.load(all.stream().map(AgreementParty::localityId).toList(),
				all.stream().map(AgreementParty::organisationId).toList());
	}

}
