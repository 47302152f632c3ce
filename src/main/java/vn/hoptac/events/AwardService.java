package vn.hoptac.events;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.events.internal.AwardRepository;
import vn.hoptac.partners.PartyRules;
import vn.hoptac.partners.PartyRules.Checked;
import vn.hoptac.partners.PartyRules.Side;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.ConflictException;
import vn.hoptac.shared.FacetFilters;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.RecordList;
import vn.hoptac.shared.RecordRef;
import vn.hoptac.shared.RecordWrites;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Specs;
import vn.hoptac.shared.DraftService;

/**
 * Awards received, within a membership or at an event or alone: kept by the province of the
 * Vietnamese recipient (that of the membership or event when no recipient is named), validated
 * and audited.
 */
@Service
@Transactional(readOnly = true)
public class AwardService implements DraftService<Award, AwardDraft> {

	public static final String ENTITY = "award";

	private final AwardRepository awards;

	private final MembershipService memberships;

	private final EventService events;

	private final PartyRules parties;

	private final RecordWrites<Award> writes;

	private final RecordList<Award> list;

	AwardService(AwardRepository awards, MembershipService memberships, EventService events, PartyRules parties,
			ChangeRecorder changes, EntityManager entityManager) {
		this.awards = awards;
		this.memberships = memberships;
		this.events = events;
		this.parties = parties;
		this.writes = RecordWrites.of(ENTITY, awards, changes, Award::getTitle, award -> {
		});
		this.list = RecordList.of(Award.class, entityManager).guarded();
	}

	public ListPage<Award> search(AwardQuery query, Pageable pageable) {
		return list.page(FacetFilters.<Award>of()
			.and("membership", Specs.equalTo("membershipId", query.membershipId()))
			.and("event", Specs.equalTo("eventId", query.eventId()))
			.and("decade", Specs.inYears("awardedOn", query.yearFrom(), query.yearTo()))
			.all(), query.text(), pageable);
	}

	@Override
	public Award get(long id) {
		return writes.read(id);
	}

	@Override
	public void check(AwardDraft draft) {
		Access.checkWriter();
		validate(draft);
	}

	@Override
	@Transactional
	public Award create(AwardDraft draft) {
		return writes.create(
				() -> new Award(draft, Access.stewardshipAfterWrite(validate(draft), draft.visibility(), null)));
	}

	@Override
	@Transactional
	public Award update(long id, AwardDraft draft, Long expectedVersion) {
		return writes.update(id, expectedVersion, award -> award.apply(draft,
				Access.stewardshipAfterWrite(validate(draft), draft.visibility(), award.getStewardship())));
	}

	@Override
	@Transactional
	public void delete(long id, Long expectedVersion) {
		writes.delete(id, expectedVersion);
	}

	/**
	 * Refuses (409) to delete what the awards still name, listing them (an award the reader may not
	 * see by its number only), so that no award loses what it was given within.
	 */
	static void refuseWhileNamedBy(List<Award> naming, String messageKey) {
		List<RecordRef> named = naming.stream()
			.map(a -> new RecordRef(ENTITY, a.getId(), Access.canRead(a.getStewardship()) ? a.getTitle() : "#" + a.getId(),
					"/awards/" + a.getId()))
			.toList();
		if (!named.isEmpty()) {
			throw new ConflictException("linked", named, "id", messageKey,
					String.join("; ", named.stream().map(RecordRef::title).toList()));
		}
	}

	/** Every rule; the province that keeps the award. */
	private Long validate(AwardDraft draft) {
		var errors = new RuleViolationException.Collector();
		errors.rejectIf(draft.title() == null || draft.title().isBlank(), "title", "validation.required");
		Optional<Membership> membership = draft.membershipId() == null ? Optional.empty()
				: memberships.findReadable(draft.membershipId());
		errors.rejectIf(draft.membershipId() != null && membership.isEmpty(), "membershipId",
				"validation.unknownReference", draft.membershipId());
		Optional<Event> event = draft.eventId() == null ? Optional.empty() : events.findReadable(draft.eventId());
		errors.rejectIf(draft.eventId() != null && event.isEmpty(), "eventId", "validation.unknownReference",
				draft.eventId());
		boolean named = draft.vnLocalityId() != null || draft.vnOrganisationId() != null;
		Optional<Checked> recipient = parties.check(draft.vnLocalityId(), draft.vnOrganisationId(), "vnLocalityId",
				"vnOrganisationId", Side.VN, membership.isEmpty() && event.isEmpty(), draft.visibility(), errors);
		parties.organisation(draft.awardedByOrganisationId(), "awardedByOrganisationId", draft.visibility(), errors);
		errors.throwIfAny();
		if (named) {
			return recipient.map(Checked::province).orElse(null);
		}
		return membership.map(m -> m.getStewardship().provinceId())
			.or(() -> event.map(e -> e.getStewardship().provinceId()))
			.orElse(null);
	}

}
