package vn.hoptac.events;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.events.internal.AwardRepository;
import vn.hoptac.events.internal.MembershipRepository;
import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.Organisation;
import vn.hoptac.partners.OrganisationService;
import vn.hoptac.partners.OrganisationType;
import vn.hoptac.partners.PartyRules;
import vn.hoptac.partners.PartyRules.Checked;
import vn.hoptac.partners.PartyRules.Side;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.Facet;
import vn.hoptac.shared.FacetCounts;
import vn.hoptac.shared.FacetFilters;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.RecordList;
import vn.hoptac.shared.RecordWrites;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Specs;
import vn.hoptac.shared.DraftService;

/**
 * Memberships of international networks: the list, and every write scoped to the province of the
 * Vietnamese member, validated and audited.
 */
@Service
@Transactional(readOnly = true)
public class MembershipService implements DraftService<Membership, MembershipDraft> {

	public static final String ENTITY = "membership";

	/** What a membership can be of. */
	static final Set<OrganisationType> NETWORKS = EnumSet.of(OrganisationType.CITY_NETWORK,
			OrganisationType.INTERNATIONAL_ORGANISATION);

	private static final List<Facet> FACETS = List.of(Facet.value("network", "networkOrganisationId"),
			Facet.value("kind", "kind"), Facet.value("status", "status"), Facet.decade("decade", "sinceOn"));

	private final MembershipRepository memberships;

	private final AwardRepository awards;

	private final LocalityService localities;

	private final PartyRules parties;

	private final RecordWrites<Membership> writes;

	private final RecordList<Membership> list;

	MembershipService(MembershipRepository memberships, AwardRepository awards, LocalityService localities,
			PartyRules parties, ChangeRecorder changes, EntityManager entityManager) {
		this.memberships = memberships;
		this.awards = awards;
		this.localities = localities;
		this.parties = parties;
		this.writes = RecordWrites.of(ENTITY, memberships, changes, Membership::getTitle, Membership::loadDetails);
		this.list = RecordList.of(Membership.class, entityManager).alsoMatchingRelated().guarded();
	}

	/** A page of the list, details loaded (the API's list shows them). */
	public ListPage<Membership> search(MembershipQuery query, Pageable pageable) {
		ListPage<Membership> page = list.page(facetFilters(query).all(), query.text(), pageable);
		page.forEach(Membership::loadDetails);
		return page;
	}

	public FacetCounts facetCounts(MembershipQuery query) {
		return list.counts(facetFilters(query), query.text(), FACETS);
	}

	private FacetFilters<Membership> facetFilters(MembershipQuery query) {
		return FacetFilters.<Membership>of()
			.and("network", Specs.equalTo("networkOrganisationId", query.networkOrganisationId()))
			.and("kind", Specs.equalTo("kind", query.kind()))
			.and("status", Specs.equalTo("status", query.status()))
			.and("locality", member(query.localityId()));
	}

	/** The member is the locality, one of its predecessors or under them, or an organisation seated there. */
	private Specification<Membership> member(Long localityId) {
		if (localityId == null) {
			return Specification.unrestricted();
		}
		Set<Long> covered = localities.coverage(localityId, null, null);
		return Specs.referencesAny(List.of(
				Specs.way(Locality.class, "memberLocalityId", (locality, cb) -> locality.get("id").in(covered)),
				Specs.way(Organisation.class, "memberOrganisationId", OrganisationService.seatedIn(covered))));
	}

	@Override
	public Membership get(long id) {
		return writes.read(id);
	}

	/** The membership, if it exists and the current reader may see it. */
	public Optional<Membership> findReadable(long id) {
		return memberships.findById(id).filter(m -> Access.canRead(m.getStewardship()));
	}

	@Override
	public void check(MembershipDraft draft) {
		Access.checkWriter();
		validate(draft);
	}

	@Override
	@Transactional
	public Membership create(MembershipDraft draft) {
		return writes.create(() -> {
			Validated valid = validate(draft);
			return new Membership(draft, valid.title(),
					Access.stewardshipAfterWrite(valid.province(), draft.visibility(), null));
		});
	}

	@Override
	@Transactional
	public Membership update(long id, MembershipDraft draft, Long expectedVersion) {
		return writes.update(id, expectedVersion, membership -> {
			Validated valid = validate(draft);
			membership.apply(draft, valid.title(),
					Access.stewardshipAfterWrite(valid.province(), draft.visibility(), membership.getStewardship()));
		});
	}

	/**
	 * Deletes the membership with its roles. One that awards still name is not deleted (409 naming
	 * them): the awards are deleted or moved first, so that none loses what it was given within.
	 */
	@Override
	@Transactional
	public void delete(long id, Long expectedVersion) {
		writes.delete(id, expectedVersion, membership -> AwardService.refuseWhileNamedBy(awards.findByMembershipIdOrderByAwardedOnAscIdAsc(id), "membership.delete.awards"));
	}

	private record Validated(Long province, String title) {
	}

	private Validated validate(MembershipDraft draft) {
		var errors = new RuleViolationException.Collector();
		errors.rejectIf(draft.networkOrganisationId() == null, "networkOrganisationId", "validation.required");
		Optional<Checked> network = parties.organisation(draft.networkOrganisationId(), "networkOrganisationId",
				draft.visibility(), errors);
		errors.rejectIf(network.isPresent() && parties.typeOf(draft.networkOrganisationId())
			.filter(NETWORKS::contains)
			.isEmpty(), "networkOrganisationId", "membership.network.notNetwork");
		Optional<Checked> member = parties.check(draft.memberLocalityId(), draft.memberOrganisationId(),
				"memberLocalityId", "memberOrganisationId", Side.VN, true, draft.visibility(), errors);
		errors.rejectIf(draft.kind() == null, "kind", "validation.required");
		errors.rejectIf(draft.status() == null, "status", "validation.required");
		PartyRules.checkPeriod(draft.since(), draft.until(), "until", errors);
		for (int i = 0; i < draft.roles().size(); i++) {
			MembershipRole role = draft.roles().get(i);
			errors.rejectIf(role.role() == null || role.role().isBlank(), "roles[" + i + "].role",
					"validation.required");
			PartyRules.checkPeriod(role.from(), role.to(), "roles[" + i + "].to", errors);
		}
		errors.throwIfAny();
		return new Validated(member.map(Checked::province).orElse(null),
				network.orElseThrow().name() + " – " + member.orElseThrow().name());
	}

}
