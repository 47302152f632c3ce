package vn.hoptac.projects;

import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.Organisation;
import vn.hoptac.partners.OrganisationService;
import vn.hoptac.projects.internal.ReportedFlowTotalRepository;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.Countries;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.NotFoundException;
import vn.hoptac.shared.RecordList;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Specs;
import vn.hoptac.shared.Stewardship;

/** Totals that sources report for a period, kept and shown apart from the projects counted one by one. */
@Service
@Transactional(readOnly = true)
public class ReportedFlowTotalService {

	public static final String ENTITY = "reported_flow_total";

	private final ReportedFlowTotalRepository totals;

	private final LocalityService localities;

	private final IatiCodes codes;

	private final VnParties vnParties;

	private final ChangeRecorder changes;

	private final RecordList<ReportedFlowTotal> list;

	ReportedFlowTotalService(ReportedFlowTotalRepository totals, LocalityService localities, IatiCodes codes,
			VnParties vnParties, ChangeRecorder changes, EntityManager entityManager) {
		this.totals = totals;
		this.localities = localities;
		this.codes = codes;
		this.vnParties = vnParties;
		this.changes = changes;
		this.list = RecordList.of(ReportedFlowTotal.class, entityManager).guarded();
	}

	/** The totals the reader may see, narrowed like the project list (province roll-up, country, modality). */
	public ListPage<ReportedFlowTotal> search(Long localityId, String country, ProjectModality modality,
			FlowMetric metric, Pageable pageable) {
		return list.page(Specification.allOf(Specs.equalTo("foreignCountry", Countries.normalise(country)),
				Specs.equalTo("modality", modality), Specs.equalTo("metric", metric), keptBy(localityId)), null,
				pageable);
	}

	private Specification<ReportedFlowTotal> keptBy(Long localityId) {
		if (localityId == null) {
			return Specification.unrestricted();
		}
		Set<Long> covered = localities.coverage(localityId, null, null);
		return Specs.referencesAny(List.of(
				Specs.way(Locality.class, "vnLocalityId", (locality, cb) -> locality.get("id").in(covered)),
				Specs.way(Organisation.class, "vnOrganisationId", OrganisationService.seatedIn(covered))));
	}

	public ReportedFlowTotal get(long id) {
		ReportedFlowTotal total = find(id);
		Access.checkRead(total.getStewardship());
		return total;
	}

	@Transactional
	public ReportedFlowTotal create(ReportedFlowTotalDraft draft) {
		Access.checkWriter();
		validate(draft);
		Stewardship stewardship = Access.stewardshipAfterWrite(
				vnParties.province(draft.vnLocalityId(), draft.vnOrganisationId()), draft.visibility(), null);
		ReportedFlowTotal saved = totals.save(new ReportedFlowTotal(normalised(draft), stewardship));
		changes.created(ENTITY, saved.getId(), saved.summary(), saved);
		return saved;
	}

	@Transactional
	public ReportedFlowTotal update(long id, ReportedFlowTotalDraft draft, Long expectedVersion) {
		ReportedFlowTotal total = find(id);
		Access.checkWrite(total.getStewardship());
		changes.checkVersion(ENTITY, id, expectedVersion, total);
		validate(draft);
		Stewardship stewardship = Access.stewardshipAfterWrite(
				vnParties.province(draft.vnLocalityId(), draft.vnOrganisationId()), draft.visibility(),
				total.getStewardship());
		String before = changes.snapshot(total);
		total.apply(normalised(draft), stewardship);
		totals.saveAndFlush(total);
		changes.updated(ENTITY, id, total.summary(), before, total);
		return total;
	}

	@Transactional
	public void delete(long id, Long expectedVersion) {
		ReportedFlowTotal total = find(id);
		Access.checkDelete(total.getStewardship());
		changes.checkVersion(ENTITY, id, expectedVersion, total);
		String before = changes.snapshot(total);
		totals.delete(total);
		totals.flush();
		changes.deleted(ENTITY, id, total.summary(), before);
	}

	private ReportedFlowTotal find(long id) {
		return totals.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	private static ReportedFlowTotalDraft normalised(ReportedFlowTotalDraft d) {
		return new ReportedFlowTotalDraft(d.vnLocalityId(), d.vnOrganisationId(), Countries.normalise(d.foreignCountry()),
				d.modality(), d.metric(), d.amount(), d.currency(), d.qualifier(), d.periodFrom(), d.periodTo(), d.note(),
				d.source(), d.visibility());
	}

	/** A count is a whole number without a currency; an amount has a current currency; neither is negative. */
	private void validate(ReportedFlowTotalDraft draft) {
		var errors = new RuleViolationException.Collector();
		vnParties.check(draft.vnLocalityId(), draft.vnOrganisationId(), draft.visibility(), errors);
		errors.rejectIf(draft.metric() == null, "metric", "validation.required");
		errors.rejectIf(draft.foreignCountry() != null && !Countries.isValid(draft.foreignCountry()), "foreignCountry",
				"validation.badValue", draft.foreignCountry());
		if (draft.amount() != null) {
			errors.rejectIf(draft.amount().signum() < 0, "amount", "project.money.negative");
			errors.rejectIf(draft.amount().scale() > 2 || draft.amount().precision() - draft.amount().scale() > 20,
					"amount", "project.money.precision");
		}
		if (draft.metric() != null && draft.metric().isMoney()) {
			IatiCode currency = draft.currency() == null ? null : codes.of(IatiCodelist.CURRENCY).get(draft.currency());
			errors.rejectIf(currency == null || currency.withdrawn(), "currency",
					draft.currency() == null ? "validation.required" : "project.money.currency", draft.currency());
		}
		else if (draft.metric() != null) {
			errors.rejectIf(draft.currency() != null, "currency", "project.total.countHasNoCurrency");
			errors.rejectIf(draft.amount() != null && draft.amount().stripTrailingZeros().scale() > 0, "amount",
					"project.count.whole");
		}
		errors.rejectIf(Periods.endsBefore(draft.periodFrom(), draft.periodTo()), "periodTo", "validation.endBeforeStart");
		errors.throwIfAny();
	}

}
