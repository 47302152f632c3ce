package vn.hoptac.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.partners.Partnership;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.reviews.internal.ReviewRepository;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.ConflictException;
import vn.hoptac.shared.DraftService;
import vn.hoptac.shared.Facet;
import vn.hoptac.shared.FacetCounts;
import vn.hoptac.shared.FacetFilters;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.RecordList;
import vn.hoptac.shared.RecordRef;
import vn.hoptac.shared.RecordWrites;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.SaneDates;
import vn.hoptac.shared.Specs;
import vn.hoptac.shared.Stewardship;

/**
 * Reviews of partnerships: the list with its facets, and every write, kept like the partnership
 * reviewed (its province and visibility: who may change the partnership may review it), validated
 * and audited, for the API and the pages alike. One review per partnership and period.
 */
@Service
@Transactional(readOnly = true)
public class ReviewService implements DraftService<PartnershipReview, ReviewDraft> {

	public static final String ENTITY = "partnership_review";

	private static final List<Facet> FACETS = List.of(Facet.value("kind", "kind"),
			Facet.value("conclusion", "conclusion"), Facet.value("year", "periodYear"));

	private final ReviewRepository reviews;

	private final PartnershipService partnerships;

	private final RecordWrites<PartnershipReview> writes;

	private final RecordList<PartnershipReview> list;

	private final Clock clock;

	ReviewService(ReviewRepository reviews, PartnershipService partnerships, ChangeRecorder changes,
			EntityManager entityManager, Clock clock) {
		this.reviews = reviews;
		this.partnerships = partnerships;
		this.writes = RecordWrites.of(ENTITY, reviews, changes, PartnershipReview::getTitle, review -> {
		});
		this.clock = clock;
		this.list = RecordList.of(PartnershipReview.class, entityManager).guarded();
	}

	public ListPage<PartnershipReview> search(ReviewQuery query, Pageable pageable) {
		return list.page(facetFilters(query).all(), query.text(), pageable);
	}

	/** How many reviews each facet value of the list has, under the list's other filters. */
	public FacetCounts facetCounts(ReviewQuery query) {
		return list.counts(facetFilters(query), query.text(), FACETS);
	}

	private static FacetFilters<PartnershipReview> facetFilters(ReviewQuery query) {
		return FacetFilters.<PartnershipReview>of()
			.and("partnership", Specs.equalTo("partnershipId", query.partnershipId()))
			.and("kind", Specs.equalTo("kind", query.kind()))
			.and("conclusion", Specs.equalTo("conclusion", query.conclusion()))
			.and("year", Specs.equalTo("periodYear", query.year()));
	}

	public PartnershipReview get(long id) {
		return writes.read(id);
	}

	/** Checks a new review's draft against every rule, writing nothing: a form reports them all at once. */
	@Override
	public void check(ReviewDraft draft) {
		check(draft, null);
	}

	/** Checks the draft of an edit of review {@code id} (the one review per partnership and period may be itself). */
	@Override
	public void check(long id, ReviewDraft draft) {
		check(draft, id);
	}

	private void check(ReviewDraft draft, Long id) {
		Access.checkWriter();
		validate(draft, id);
	}

	@Transactional
	public PartnershipReview create(ReviewDraft draft) {
		return writes.create(() -> {
			Partnership partnership = validate(draft, null);
			return new PartnershipReview(draft, partnership.getTitle(), keptLike(partnership, null));
		});
	}

	@Transactional
	public PartnershipReview update(long id, ReviewDraft draft, Long expectedVersion) {
		return writes.update(id, expectedVersion, review -> {
			Partnership partnership = validate(draft, id);
			review.apply(draft, partnership.getTitle(), keptLike(partnership, review.getStewardship()));
		});
	}

	@Transactional
	public void delete(long id, Long expectedVersion) {
		writes.delete(id, expectedVersion);
	}

	/** A review is kept by the partnership's province, with its visibility; the writer must be able to write there. */
	private static Stewardship keptLike(Partnership partnership, Stewardship existing) {
		Stewardship of = partnership.getStewardship();
		return Access.stewardshipAfterWrite(of.provinceId(), of.visibility(), existing);
	}

	private Partnership validate(ReviewDraft draft, Long id) {
		var errors = new RuleViolationException.Collector();
		Optional<Partnership> partnership = draft.partnershipId() == null ? Optional.empty()
				: partnerships.findReadable(draft.partnershipId());
		errors.rejectIf(draft.partnershipId() == null, "partnershipId", "validation.required");
		// a partnership the writer may not read is answered as one that does not exist
		errors.rejectIf(draft.partnershipId() != null && partnership.isEmpty(), "partnershipId",
				"validation.unknownReference", draft.partnershipId());
		errors.rejectIf(draft.kind() == null, "kind", "validation.required");
		errors.rejectIf(draft.periodYear() == null, "periodYear", "validation.required");
		errors.rejectIf(draft.periodYear() != null && !SaneDates.accepts(draft.periodYear()), "periodYear",
				"validation.badValue", draft.periodYear());
		boolean halfNeeded = draft.kind() == ReviewKind.SEMIANNUAL;
		errors.rejectIf(halfNeeded && (draft.periodHalf() == null || draft.periodHalf() < 1 || draft.periodHalf() > 2),
				"periodHalf", "review.periodHalf.required");
		errors.rejectIf(draft.kind() == ReviewKind.ANNUAL && draft.periodHalf() != null, "periodHalf",
				"review.periodHalf.annual");
		errors.rejectIf(draft.reviewedOn() == null, "reviewedOn", "validation.required");
		errors.rejectIf(draft.reviewedOn() != null && draft.reviewedOn().isAfter(LocalDate.now(clock)), "reviewedOn",
				"review.reviewedOn.future");
		boolean periodKnown = draft.kind() != null && draft.periodYear() != null && SaneDates.accepts(draft.periodYear())
				&& (!halfNeeded || draft.periodHalf() != null && draft.periodHalf() >= 1 && draft.periodHalf() <= 2);
		errors.rejectIf(periodKnown && draft.reviewedOn() != null
				&& draft.reviewedOn().isBefore(draft.periodStart()), "reviewedOn", "review.reviewedOn.beforePeriod");
		errors.rejectIf(draft.conclusion() == null, "conclusion", "validation.required");
		errors.throwIfAny();
		refuseDuplicate(draft, id);
		return partnership.orElseThrow();
	}

	/**
	 * A second review of the same partnership and period is refused (409), naming the first: unlike
	 * a duplicate partnership, it cannot be confirmed ("taken", not "duplicate").
	 */
	private void refuseDuplicate(ReviewDraft draft, Long id) {
		List<PartnershipReview> same = draft.kind() == ReviewKind.ANNUAL
				? reviews.findByPartnershipIdAndKindAndPeriodYearAndPeriodHalfIsNull(draft.partnershipId(), draft.kind(),
						draft.periodYear())
				: reviews.findByPartnershipIdAndKindAndPeriodYearAndPeriodHalf(draft.partnershipId(), draft.kind(),
						draft.periodYear(), draft.periodHalf());
		List<RecordRef> others = same.stream()
			.filter(r -> !r.getId().equals(id))
			.map(r -> new RecordRef(ENTITY, r.getId(),
					Access.canRead(r.getStewardship()) ? r.getTitle() : "#" + r.getId(), "/reviews/" + r.getId()))
			.toList();
		if (!others.isEmpty()) {
			throw new ConflictException("taken", others, "periodYear", "review.duplicate");
		}
	}

}
