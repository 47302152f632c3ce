package vn.hoptac.overview.web;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import vn.hoptac.agreements.Agreement;
import vn.hoptac.agreements.AgreementParty;
import vn.hoptac.agreements.AgreementQuery;
import vn.hoptac.agreements.AgreementService;
import vn.hoptac.agreements.PartySide;
import vn.hoptac.partners.Partnership;
import vn.hoptac.partners.PartnershipQuery;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.Party;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.ListPage;

/**
 * The partnerships and agreements a locality or an organisation takes part in, for its page: each
 * asked from its module's list (so the reader's access applies), a locality's with the roll-up of
 * the list's locality filter (its predecessors and every unit under them). The locality and
 * organisation pages belong to modules below those that keep the records, so their templates ask
 * this bean, {@code @involvement}, rather than their controllers.
 */
@Component("involvement")
public class InvolvedRecords {

	/** How many of each a page shows; a locality's page links to its full lists. */
	static final int SHOWN = 20;

	private final PartnershipService partnerships;

	private final AgreementService agreements;

	private final PartyDirectory directory;

	InvolvedRecords(PartnershipService partnerships, AgreementService agreements, PartyDirectory directory) {
		this.partnerships = partnerships;
		this.agreements = agreements;
		this.directory = directory;
	}

	public Involvement ofLocality(long localityId) {
		return involvement(
				partnerships.search(new PartnershipQuery(null, null, localityId, null, null, null, null, null, null),
						newest("establishedOn")),
				agreements.search(new AgreementQuery(null, null, localityId, null, null, null, null, null, null, null,
						null), newest("signedOn")),
				list("/partnerships", localityId), list("/agreements", localityId));
	}

	public Involvement ofOrganisation(long organisationId) {
		return involvement(partnerships.involvingOrganisation(organisationId, newest("establishedOn")),
				agreements.involvingOrganisation(organisationId, newest("signedOn")), null, null);
	}

	private Involvement involvement(ListPage<Partnership> foundPartnerships, ListPage<Agreement> foundAgreements,
			String partnershipList, String agreementList) {
		PartyDirectory.Lookup parties = directory.load(
				Stream.concat(foundPartnerships.stream().flatMap(p -> Stream.of(p.getVnLocalityId(), p.getForeignLocalityId())),
						foundAgreements.stream().flatMap(a -> a.getParties().stream()).map(AgreementParty::localityId))
					.toList(),
				Stream.concat(
						foundPartnerships.stream()
							.flatMap(p -> Stream.of(p.getVnOrganisationId(), p.getForeignOrganisationId())),
						foundAgreements.stream().flatMap(a -> a.getParties().stream()).map(AgreementParty::organisationId))
					.toList());
		List<Item> partnershipItems = foundPartnerships.stream()
			.map(p -> new Item("/partnerships/" + p.getId(), p.getTitle(),
					parties.party(p.getVnLocalityId(), p.getVnOrganisationId()),
					parties.party(p.getForeignLocalityId(), p.getForeignOrganisationId()), p.getCurrentStatus(),
					year(p.getEstablishedOn())))
			.toList();
		List<Item> agreementItems = foundAgreements.stream()
			.map(a -> new Item("/agreements/" + a.getId(), a.getTitle(), firstParty(a, PartySide.VN, parties),
					firstParty(a, PartySide.FOREIGN, parties), a.getCurrentStage(), year(a.getSignedOn())))
			.toList();
		return new Involvement(
				new Group("partnerships", "involved.partnerships", partnershipItems, foundPartnerships.getTotalElements(),
						foundPartnerships.isTotalExact(), partnershipList),
				new Group("agreements", "involved.agreements", agreementItems, foundAgreements.getTotalElements(),
						foundAgreements.isTotalExact(), agreementList));
	}

	private static Party firstParty(Agreement agreement, PartySide side, PartyDirectory.Lookup parties) {
		return agreement.getParties()
			.stream()
			.filter(p -> p.side() == side)
			.findFirst()
			.map(p -> parties.party(p.localityId(), p.organisationId()))
			.orElse(null);
	}

	private static Integer year(LocalDate date) {
		return date == null ? null : date.getYear();
	}

	private static Pageable newest(String dateAttribute) {
		return PageRequest.of(0, SHOWN, Sort.by(Sort.Direction.DESC, dateAttribute));
	}

	private static String list(String path, long localityId) {
		return UriComponentsBuilder.fromPath(path).queryParam("locality", localityId).build().toUriString();
	}

	/** The partnerships and the agreements. */
	public record Involvement(Group partnerships, Group agreements) {

		public List<Group> groups() {
			return List.of(partnerships, agreements);
		}

	}

	/**
	 * One kind of record: the first {@link #SHOWN} items, the total, and the list that shows them
	 * all (none for an organisation, whose records the lists do not filter by).
	 */
	public record Group(String id, String heading, List<Item> items, long total, boolean totalExact, String list) {
	}

	/** A record as the page lists it: its link, title (as entered, in Vietnamese), parties, stage and year. */
	public record Item(String href, String title, Party vnParty, Party foreignParty, Enum<?> status, Integer year) {
	}

}
