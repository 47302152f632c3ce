package vn.hoptac.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.feedback.internal.FeedbackReplyRepository;
import vn.hoptac.feedback.internal.FeedbackRepository;
import vn.hoptac.geo.Locality;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Actor;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.Facet;
import vn.hoptac.shared.FacetCounts;
import vn.hoptac.shared.FacetFilters;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.NotFoundException;
import vn.hoptac.shared.RecordList;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Specs;

/**
 * Community feedback: anyone submits through an open form (counted against the client's limit),
 * staff of the form's province read, triage (new → acknowledged → resolved) and reply, each write
 * audited; and the summaries of ratings and response times. Pages and API alike call it.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackService {

	public static final String ENTITY = "feedback";

	private static final List<Facet> FACETS = List.of(Facet.value("form", "formId"), Facet.value("status", "status"),
			Facet.value("rating", "rating"), Facet.value("category", "category"));

	private final FeedbackRepository feedback;

	private final FeedbackReplyRepository replies;

	private final FeedbackFormService forms;

	private final SubmissionLimit limit;

	private final ChangeRecorder changes;

	private final RecordList<Feedback> list;

	private final Clock clock;

	FeedbackService(FeedbackRepository feedback, FeedbackReplyRepository replies, FeedbackFormService forms,
			SubmissionLimit limit, ChangeRecorder changes, EntityManager entityManager, Clock clock) {
		this.feedback = feedback;
		this.replies = replies;
		this.forms = forms;
		this.limit = limit;
		this.changes = changes;
		this.clock = clock;
		this.list = RecordList.of(Feedback.class, entityManager).guarded();
	}

	public ListPage<Feedback> search(FeedbackQuery query, Pageable pageable) {
		Access.required();
		return list.page(facetFilters(query).all(), query.text(), pageable);
	}

	public FacetCounts facetCounts(FeedbackQuery query) {
		return list.counts(facetFilters(query), query.text(), FACETS);
	}

	private static FacetFilters<Feedback> facetFilters(FeedbackQuery query) {
		return FacetFilters.<Feedback>of()
			.and("form", Specs.equalTo("formId", query.form()))
			.and("status", Specs.equalTo("status", query.status()))
			.and("rating", Specs.equalTo("rating", query.rating()))
			.and("category", Specs.equalTo("category", query.category()));
	}

	/** Feedback, for a reader with a role in its province (or national): anonymous visitors are asked to sign in. */
	public Feedback get(long id) {
		Access.required();
		Feedback found = feedback.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
		Access.checkRead(found.getStewardship());
		return found;
	}

	public List<FeedbackReply> replies(long id) {
		return replies.findByFeedbackIdOrderByRepliedAtAscIdAsc(get(id).getId());
	}

	/**
	 * Feedback from a member of the public (no sign-in needed), accepted only through an open form,
	 * with consent, and counted against the client's limit (what is refused for its content is no
	 * submission and is not counted); audited as anonymous.
	 */
	@Transactional
	public Feedback submit(Submission submission, String clientAddress) {
		var errors = new RuleViolationException.Collector();
		FeedbackForm form = forms.find(submission.formId()).orElse(null);
		errors.rejectIf(submission.formId() == null, "formId", "validation.required");
		errors.rejectIf(submission.formId() != null && form == null, "formId", "validation.unknownReference",
				submission.formId());
		errors.rejectIf(form != null && !form.isOpen(), "formId", "feedback.form.closed");
		if (form != null && form.isOpen()) {
			reject(submission, form, communeIds(form), errors);
		}
		errors.throwIfAny();
		limit.count(clientAddress);
		return save(submission, form, Instant.now(clock));
	}

	/** The ids of the communes a form offers, to check a submission's commune against. */
	Set<Long> communeIds(FeedbackForm form) {
		return forms.communes(form).stream().map(Locality::getId).collect(Collectors.toSet());
	}

	/** Every rule of a submission's content on its (open) form, as field errors. */
	static void reject(Submission s, FeedbackForm form, Set<Long> communes, RuleViolationException.Collector errors) {
		errors.rejectIf(s.rating() == null, "rating", "validation.required");
		errors.rejectIf(s.rating() != null && (s.rating() < 1 || s.rating() > 5), "rating", "feedback.rating.range");
		errors.rejectIf(s.category() == null, "category", "validation.required");
		errors.rejectIf(s.category() != null && !form.getCategories().contains(s.category()), "category",
				"feedback.category.notOffered", s.category());
		errors.rejectIf(s.comment() != null && s.comment().strip().length() > Feedback.COMMENT_LENGTH, "comment",
				"validation.tooLong", null, Feedback.COMMENT_LENGTH);
		errors.rejectIf(s.communeId() != null && !communes.contains(s.communeId()), "communeId",
				"feedback.commune.outside");
		errors.rejectIf(!s.anonymous() && s.name() != null && s.name().strip().length() > Feedback.PERSON_LENGTH,
				"name", "validation.tooLong", null, Feedback.PERSON_LENGTH);
		errors.rejectIf(!s.anonymous() && s.contact() != null && s.contact().strip().length() > Feedback.PERSON_LENGTH,
				"contact", "validation.tooLong", null, Feedback.PERSON_LENGTH);
		errors.rejectIf(!s.consented(), "consent", "feedback.consent.required");
	}

	/** Stores a row of a survey export, checked by {@link SurveyImport}, for staff who may change the form. */
	public Feedback saveImported(Submission submission, FeedbackForm form, Instant submittedAt) {
		Access.checkWrite(form.getStewardship());
		return save(submission, form, submittedAt);
	}

	/** Stores a checked submission and records it in the audit trail. */
	private Feedback save(Submission submission, FeedbackForm form, Instant submittedAt) {
		Feedback saved = feedback.save(new Feedback(submission, form, submittedAt));
		changes.created(ENTITY, saved.getId(), saved.getTitle(), saved);
		return saved;
	}

	/** Which of these survey uuids a form already holds. */
	public Set<String> knownUuids(long formId, Collection<String> uuids) {
		return uuids.isEmpty() ? Set.of() : Set.copyOf(feedback.knownUuids(formId, uuids));
	}

	/** Triage: acknowledged or resolved, forward only, by staff who may change the feedback. */
	@Transactional
	public Feedback moveTo(long id, FeedbackStatus next, Long expectedVersion) {
		Feedback found = get(id);
		Access.checkWrite(found.getStewardship());
		changes.checkVersion(ENTITY, id, expectedVersion, found);
		if (next == null || !found.getStatus().mayMoveTo(next)) {
			throw RuleViolationException.of("status", "feedback.status.backwards");
		}
		String before = changes.snapshot(found);
		found.moveTo(next, Instant.now(clock));
		feedback.saveAndFlush(found);
		changes.acted(ENTITY, id, found.getTitle(), before, found);
		return found;
	}

	/** A staff reply: the first answer also fixes the response time. */
	@Transactional
	public FeedbackReply reply(long id, String text) {
		Feedback found = get(id);
		Actor actor = Access.required();
		Access.checkWrite(found.getStewardship());
		var errors = new RuleViolationException.Collector();
		errors.rejectIf(text == null || text.isBlank(), "text", "validation.required");
		errors.rejectIf(text != null && text.strip().length() > FeedbackReply.TEXT_LENGTH, "text", "validation.tooLong",
				null, FeedbackReply.TEXT_LENGTH);
		errors.throwIfAny();
		Instant now = Instant.now(clock);
		String before = changes.snapshot(found);
		found.answered(now);
		feedback.saveAndFlush(found);
		FeedbackReply saved = replies.save(new FeedbackReply(id, text.strip(), actor.username(), now));
		changes.acted(ENTITY, id, found.getTitle(), before, found);
		return saved;
	}

	/** The summary of one form's feedback, for a reader of the form. */
	public FeedbackSummary summaryOfForm(long formId) {
		return summary(List.of(forms.get(formId).getId()));
	}

	/** The summary of every form of a project or a partnership the reader may read. */
	public FeedbackSummary summaryOf(Long project, Long partnership) {
		Access.required();
		List<Long> formIds = forms.search(null, project, partnership, PageRequest.of(0, RecordList.TOTAL_CAP))
			.stream()
			.map(FeedbackForm::getId)
			.toList();
		return summary(formIds);
	}

	private FeedbackSummary summary(List<Long> formIds) {
		Map<Integer, Long> distribution = new LinkedHashMap<>();
		for (int rating = 1; rating <= 5; rating++) {
			distribution.put(rating, 0L);
		}
		if (formIds.isEmpty()) {
			return new FeedbackSummary(0, null, distribution, 0, null);
		}
		long count = 0;
		long sum = 0;
		for (Object[] row : feedback.ratingCounts(formIds)) {
			int rating = ((Number) row[0]).intValue();
			long n = ((Number) row[1]).longValue();
			distribution.put(rating, n);
			count += n;
			sum += rating * n;
		}
		Object[] times = feedback.responseTimes(formIds).get(0);
		long answered = times[0] == null ? 0 : ((Number) times[0]).longValue();
		Long meanResponse = times[1] == null ? null : Math.round(((Number) times[1]).doubleValue());
		Double mean = count == 0 ? null : Math.round(sum * 100.0 / count) / 100.0;
		return new FeedbackSummary(count, mean, distribution, answered, meanResponse);
	}

}
