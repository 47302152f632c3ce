package vn.hoptac.forums;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.forums.internal.ForumRepository;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.PartyRules;
import vn.hoptac.partners.PartyRules.Checked;
import vn.hoptac.partners.PartyRules.Side;
import vn.hoptac.partners.Pillar;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.Facet;
import vn.hoptac.shared.FacetCounts;
import vn.hoptac.shared.FacetFilters;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.RecordList;
import vn.hoptac.shared.RecordWrites;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.SaneDates;
import vn.hoptac.shared.Specs;
import vn.hoptac.shared.DraftService;

/**
 * Forums and coordination meetings: the list with its facets, the follow-ups overdue, and every
 * write kept by the forum's province, validated and audited, for the API and the pages alike.
 */
@Service
@Transactional(readOnly = true)
public class ForumService implements DraftService<Forum, ForumDraft> {

	public static final String ENTITY = "forum";

	private static final List<Facet> FACETS = List.of(Facet.value("kind", "kind"), Facet.year("year", "heldOn"),
			Facet.member("pillar", "pillars"), Facet.value("followUps", "followUpProgress"));

	private final ForumRepository forums;

	private final PartnershipService partnerships;

	private final LocalityService localities;

	private final PartyRules parties;

	private final RecordWrites<Forum> writes;

	private final RecordList<Forum> list;

	ForumService(ForumRepository forums, PartnershipService partnerships, LocalityService localities,
			PartyRules parties, ChangeRecorder changes, EntityManager entityManager) {
		this.forums = forums;
		this.partnerships = partnerships;
		this.localities = localities;
		this.parties = parties;
		this.writes = RecordWrites.of(ENTITY, forums, changes, Forum::getTitle, Forum::loadDetails);
		this.list = RecordList.of(Forum.class, entityManager).alsoMatchingRelated().guarded();
	}

	/** A page of the list, details loaded (the API's list shows them). */
	public ListPage<Forum> search(ForumQuery query, Pageable pageable) {
		ListPage<Forum> page = list.page(facetFilters(query).all(), query.text(), pageable);
		page.forEach(Forum::loadDetails);
		return page;
	}

	/**
	 * A page of the list as its rows show it: the forums' own columns, none of their participants,
	 * decisions or follow-ups (a row shows the follow-ups' progress, kept on the forum).
	 */
	public ListPage<Forum> rows(ForumQuery query, Pageable pageable) {
		return list.page(facetFilters(query).all(), query.text(), pageable);
	}

	public FacetCounts facetCounts(ForumQuery query) {
		return list.counts(facetFilters(query), query.text(), FACETS);
	}

	private FacetFilters<Forum> facetFilters(ForumQuery query) {
		return FacetFilters.<Forum>of()
			.and("kind", Specs.equalTo("kind", query.kind()))
			.and("year", Specs.inYears("heldOn", query.year(), query.year()))
			.and("pillar", Specs.has("pillars", query.pillar()))
			.and("followUps", Specs.equalTo("followUpProgress", query.followUps()))
			.and("partnership", Specs.equalTo("partnershipId", query.partnershipId()))
			.and("locality", query.localityId() == null ? Specification.unrestricted()
					: Specs.in("vnLocalityId", localities.coverage(query.localityId(), null, null)));
	}

	@Override
	public Forum get(long id) {
		return writes.read(id);
	}

	/** The forums the current reader may see with a follow-up still open before the day. */
	public List<Forum> withFollowUpOpenBefore(LocalDate day) {
		Specification<Forum> spec = Specification.allOf(
				Specs.hasRowBefore("followUps", "status", ForumActionStatus.OPEN, "dueOn", day), Access.readable());
		List<Forum> found = forums.findAll(spec, Sort.by("id"));
		found.forEach(Forum::loadDetails);
		return found;
	}

	/** Checks a draft against every rule, writing nothing: a form reports them all at once. */
	@Override
	public void check(ForumDraft draft) {
		Access.checkWriter();
		validate(draft);
	}

	@Override
	@Transactional
	public Forum create(ForumDraft draft) {
		return writes.create(() -> {
			Validated valid = validate(draft);
			return new Forum(draft, valid.participants(),
					Access.stewardshipAfterWrite(valid.province(), draft.visibility(), null));
		});
	}

	@Override
	@Transactional
	public Forum update(long id, ForumDraft draft, Long expectedVersion) {
		return writes.update(id, expectedVersion, forum -> {
			Validated valid = validate(draft);
			forum.apply(draft, valid.participants(),
					Access.stewardshipAfterWrite(valid.province(), draft.visibility(), forum.getStewardship()));
		});
	}

	@Override
	@Transactional
	public void delete(long id, Long expectedVersion) {
		writes.delete(id, expectedVersion);
	}

	private record Validated(Long province, List<ForumParticipant> participants) {
	}

	private Validated validate(ForumDraft draft) {
		var errors = new RuleViolationException.Collector();
		errors.rejectIf(draft.title() == null || draft.title().isBlank(), "title", "validation.required");
		errors.rejectIf(draft.kind() == null, "kind", "validation.required");
		errors.rejectIf(draft.heldOn() != null && !SaneDates.accepts(draft.heldOn().date()), "heldOn",
				"validation.badValue", draft.heldOn());
		Optional<Checked> province = parties.check(draft.vnLocalityId(), null, "vnLocalityId", "vnLocalityId",
				Side.VN, true, draft.visibility(), errors);
		errors.rejectIf(draft.partnershipId() != null && partnerships.findReadable(draft.partnershipId()).isEmpty(),
				"partnershipId", "validation.unknownReference", draft.partnershipId());
		List<ForumParticipant> participants = participants(draft, errors);
		for (int i = 0; i < draft.decisions().size(); i++) {
			String decision = draft.decisions().get(i);
			errors.rejectIf(decision == null || decision.isBlank(), "decisions[" + i + "]", "validation.required");
		}
		validateFollowUps(draft.followUps(), errors);
		errors.throwIfAny();
		return new Validated(province.map(Checked::province).orElse(null), participants);
	}

	/**
	 * Each participant is an organisation the writer may read, shared at least as widely as the
	 * forum, named once; without a pillar it takes the one its type tells, or is refused.
	 */
	private List<ForumParticipant> participants(ForumDraft draft, RuleViolationException.Collector errors) {
		List<ForumParticipant> complete = new ArrayList<>();
		Set<Long> named = new HashSet<>();
		for (int i = 0; i < draft.participants().size(); i++) {
			ForumParticipant participant = draft.participants().get(i);
			String field = "participants[" + i + "]";
			Long organisation = participant.organisationId();
			errors.rejectIf(organisation == null, field + ".organisationId", "validation.required");
			if (organisation == null) {
				continue;
			}
			boolean known = parties.organisation(organisation, field + ".organisationId", draft.visibility(), errors)
				.isPresent();
			errors.rejectIf(!named.add(organisation), field + ".organisationId", "forum.participants.duplicate");
			Pillar pillar = participant.pillar() != null ? participant.pillar()
					: parties.typeOf(organisation).flatMap(Pillar::of).orElse(null);
			errors.rejectIf(known && pillar == null, field + ".pillar", "forum.participants.pillarUnknown");
			complete.add(new ForumParticipant(organisation, pillar));
		}
		return complete;
	}

	/** An action is stated, has a status, and a day done only when done; days are plausible. */
	private static void validateFollowUps(List<ForumFollowUp> followUps, RuleViolationException.Collector errors) {
		for (int i = 0; i < followUps.size(); i++) {
			ForumFollowUp followUp = followUps.get(i);
			String field = "followUps[" + i + "]";
			errors.rejectIf(followUp.action() == null || followUp.action().isBlank(), field + ".action",
					"validation.required");
			errors.rejectIf(followUp.status() == null, field + ".status", "validation.required");
			errors.rejectIf(!SaneDates.accepts(followUp.dueOn()), field + ".dueOn", "validation.badValue",
					followUp.dueOn());
			errors.rejectIf(!SaneDates.accepts(followUp.doneOn()), field + ".doneOn", "validation.badValue",
					followUp.doneOn());
			errors.rejectIf(followUp.doneOn() != null && followUp.status() != ForumActionStatus.DONE,
					field + ".doneOn", "forum.followUps.doneOnNotDone");
		}
	}

}
