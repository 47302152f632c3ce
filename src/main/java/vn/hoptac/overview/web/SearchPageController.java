package vn.hoptac.overview.web;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoptac.agreements.Agreement;
import vn.hoptac.agreements.AgreementParty;
import vn.hoptac.agreements.AgreementQuery;
import vn.hoptac.agreements.AgreementService;
import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityQuery;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.Organisation;
import vn.hoptac.partners.OrganisationQuery;
import vn.hoptac.partners.OrganisationService;
import vn.hoptac.partners.Partnership;
import vn.hoptac.partners.PartnershipQuery;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.PartyDirectory;

/**
 * The header's search box: the first matches among localities, organisations, partnerships and
 * agreements, each from its service's own search (which folds diacritics and applies access).
 */
@Controller
class SearchPageController {

	static final int PER_KIND = 10;

	private final LocalityService localities;

	private final OrganisationService organisations;

	private final PartnershipService partnerships;

	private final AgreementService agreements;

	private final PartyDirectory parties;

	SearchPageController(LocalityService localities, OrganisationService organisations,
			PartnershipService partnerships, AgreementService agreements, PartyDirectory parties) {
		this.localities = localities;
		this.organisations = organisations;
		this.partnerships = partnerships;
		this.agreements = agreements;
		this.parties = parties;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, Model model) {
		String text = q == null ? "" : q.trim();
		model.addAttribute("q", text);
		if (text.isEmpty()) {
			return "search";
		}
		Pageable first = PageRequest.of(0, PER_KIND, Sort.by("sortKey").and(Sort.by("id")));
		Page<Locality> places = localities.search(new LocalityQuery(text, null, null, null, null), first);
		Page<Organisation> bodies = organisations.search(new OrganisationQuery(text, null, null, null), first);
		Page<Partnership> relations = partnerships
			.search(new PartnershipQuery(text, null, null, null, null, null, null, null, null), first);
		Page<Agreement> instruments = agreements
			.search(new AgreementQuery(text, null, null, null, null, null, null, null, null, null, null), first);
		model.addAttribute("localities", places);
		model.addAttribute("organisations", bodies);
		model.addAttribute("partnerships", relations);
		model.addAttribute("agreements", instruments);
		model.addAttribute("parties", names(relations.getContent(), instruments.getContent()));
		model.addAttribute("nothing", places.isEmpty() && bodies.isEmpty() && relations.isEmpty()
				&& instruments.isEmpty());
		return "search";
	}

	private PartyDirectory.Lookup names(List<Partnership> relations, List<Agreement> instruments) {
		Collection<AgreementParty> agreementParties = instruments.stream().flatMap(a -> a.getParties().stream()).toList();
		return parties.load(
				Stream.concat(relations.stream().flatMap(p -> Stream.of(p.getVnLocalityId(), p.getForeignLocalityId())),
						agreementParties.stream().map(AgreementParty::localityId))
					.toList(),
				Stream.concat(
						relations.stream().flatMap(p -> Stream.of(p.getVnOrganisationId(), p.getForeignOrganisationId())),
						agreementParties.stream().map(AgreementParty::organisationId))
					.toList());
	}

}
