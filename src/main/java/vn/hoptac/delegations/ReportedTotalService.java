package vn.hoptac.delegations;

import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.delegations.internal.ReportedTotalRepository;
import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.PartyRules;
import vn.hoptac.partners.PartyRules.Side;
import vn.hoptac.partners.Organisation;
import vn.hoptac.partners.OrganisationService;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.Countries;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.NotFoundException;
import vn.hoptac.shared.RecordList;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Specs;
import vn.hoptac.shared.Stewardship;

/**
 * Totals of delegations that sources report for periods before the records: kept, scoped and
 * audited like the delegations, and shown beside the statistics, never added to them.
 */
@Service
@Transactional(readOnly = true)
public class ReportedTotalService {

	public static final String ENTITY = "delegation_reported_total";

	private final ReportedTotalRepository totals;

	private final PartnershipService partnerships;

	private final LocalityService localities;

	private final PartyRules parties;

	private final ChangeRecorder changes;

	private final RecordList<ReportedTotal> list;

	ReportedTotalService(ReportedTotalRepository totals, PartnershipService partnerships, LocalityService localities,
			PartyRules parties, ChangeRecorder changes, EntityManager entityManager) {
		this.totals = totals;
		this.partnerships = partnerships;
		this.localities = localities;
		this.parties = parties;
		this.changes = changes;
		this.list = RecordList.of(ReportedTotal.class, entityManager).guarded();
	}

	public ListPage<ReportedTotal> search(DelegationQuery query, Pageable pageable) {
		return list.page(filter(query), query.text(), pageable);
	}

	/**
	 * The totals the reader may see that concern what the statistics count: the same province,
	 * country, partnership and direction (a total of both directions concerns either).
	 */
	public List<ReportedTotal> concerning(DelegationQuery query) {
		return totals.findAll(list.where(filter(query), null), Sort.by("periodFrom", "id"));
	}

	private Specification<ReportedTotal> filter(DelegationQuery query) {
		Specification<ReportedTotal> spec = Specification.allOf(
				Specs.equalTo("foreignCountry", Countries.normalise(query.country())),
				Specs.equalTo("partnershipId", query.partnershipId()),
				(root, cq, cb) -> query.direction() == null ? null
						: cb.or(cb.isNull(root.get("direction")), cb.equal(root.get("direction"), query.direction())));
		if (query.localityId() == null) {
			return spec;
		}
		Set<Long> covered = localities.coverage(query.localityId(), null, null);
		return spec.and(Specs.referencesAny(List.of(
				Specs.way(Locality.class, "vnLocalityId", (locality, cb) -> locality.get("id").in(covered)),
				Specs.way(Organisation.class, "vnOrganisationId", OrganisationService.seatedIn(covered)))));
	}

	public ReportedTotal get(long id) {
		ReportedTotal total = find(id);
		Access.checkRead(total.getStewardship());
		return total;
	}

	@Transactional
	public ReportedTotal create(ReportedTotalDraft draft) {
		Access.checkWriter();
		Long province = validate(draft);
		Stewardship stewardship = Access.stewardshipAfterWrite(province, draft.visibility(), null);
		ReportedTotal saved = totals.save(new ReportedTotal(draft, stewardship));
		changes.created(ENTITY, saved.getId(), saved.getSummary(), saved);
		return saved;
	}

	@Transactional
	public ReportedTotal update(long id, ReportedTotalDraft draft, Long expectedVersion) {
		ReportedTotal total = find(id);
		Access.checkWrite(total.getStewardship());
		changes.checkVersion(ENTITY, id, expectedVersion, total);
		Long province = validate(draft);
		Stewardship stewardship = Access.stewardshipAfterWrite(province, draft.visibility(), total.getStewardship());
		String before = changes.snapshot(total);
		total.apply(draft, stewardship);
		totals.saveAndFlush(total);
		changes.updated(ENTITY, id, total.getSummary(), before, total);
		return total;
	}

	@Transactional
	public void delete(long id, Long expectedVersion) {
		ReportedTotal total = find(id);
		Access.checkDelete(total.getStewardship());
		changes.checkVersion(ENTITY, id, expectedVersion, total);
		String before = changes.snapshot(total);
		totals.delete(total);
		totals.flush();
		changes.deleted(ENTITY, id, total.getSummary(), before);
	}

	private ReportedTotal find(long id) {
		return totals.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	/** Checks every rule; the province of the Vietnamese party that reported it keeps it. */
	private Long validate(ReportedTotalDraft d) {
		var errors = new RuleViolationException.Collector();
		errors.rejectIf(d.basis() == null, "basis", "validation.required");
		errors.rejectIf(d.vnLocalityId() == null && d.vnOrganisationId() == null, "vnLocalityId",
				"validation.required");
		var vn = parties.check(d.vnLocalityId(), d.vnOrganisationId(), "vnLocalityId", "vnOrganisationId", Side.VN,
				false, d.visibility(), errors);
		errors.rejectIf(d.foreignCountry() != null && !Countries.isValid(Countries.normalise(d.foreignCountry())),
				"foreignCountry", "validation.country");
		errors.rejectIf(d.periodFrom() != null && d.periodTo() != null && d.periodTo().definitelyBefore(d.periodFrom()),
				"periodTo", "validation.endBeforeStart");
		errors.rejectIf(d.delegations() != null && d.delegations() < 0, "delegations", "delegation.count.negative");
		errors.rejectIf(d.persons() != null && d.persons() < 0, "persons", "delegation.count.negative");
		errors.rejectIf(d.partnershipId() != null && partnerships.findReadable(d.partnershipId()).isEmpty(),
				"partnershipId", "validation.unknownReference", d.partnershipId());
		errors.throwIfAny();
		return vn.map(PartyRules.Checked::province).orElse(null);
	}

}
