package vn.hoptac.feedback;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.feedback.internal.FeedbackFormRepository;
import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityLevel;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.projects.ProjectService;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.NotFoundException;
import vn.hoptac.shared.RecordList;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Specs;
import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.Text;
import vn.hoptac.shared.Visibility;

/**
 * Feedback forms: staff of the province of a project or partnership open, change and close its
 * forms (validated, audited); anyone may see an open form to submit feedback through it.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackFormService {

	public static final String ENTITY = "feedback_form";

	private static final Set<LocalityLevel> ABOVE_COMMUNES = EnumSet.of(LocalityLevel.PROVINCE,
			LocalityLevel.MUNICIPALITY);

	private final FeedbackFormRepository forms;

	private final ProjectService projects;

	private final PartnershipService partnerships;

	private final LocalityService localities;

	private final ChangeRecorder changes;

	private final RecordList<FeedbackForm> list;

	FeedbackFormService(FeedbackFormRepository forms, ProjectService projects, PartnershipService partnerships,
			LocalityService localities, ChangeRecorder changes, EntityManager entityManager) {
		this.forms = forms;
		this.projects = projects;
		this.partnerships = partnerships;
		this.localities = localities;
		this.changes = changes;
		this.list = RecordList.of(FeedbackForm.class, entityManager).guarded();
	}

	/** The forms the reader may read, of one project or partnership when given. */
	public ListPage<FeedbackForm> search(String text, Long project, Long partnership, Pageable pageable) {
		return list.page(Specs.<FeedbackForm>equalTo("projectId", project)
			.and(Specs.equalTo("partnershipId", partnership)), text, pageable);
	}

	public FeedbackForm get(long id) {
		FeedbackForm form = find(id);
		Access.checkRead(form.getStewardship());
		return form;
	}

	/** An open form, for anyone (the public page): a closed or unknown one is not found. */
	public FeedbackForm getOpen(long id) {
		return forms.findById(id).filter(FeedbackForm::isOpen).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	/** Any form by id, whoever asks: submissions name it; empty when there is none. */
	Optional<FeedbackForm> find(Long id) {
		return id == null ? Optional.empty() : forms.findById(id);
	}

	private FeedbackForm find(long id) {
		return forms.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	/**
	 * The administrative units a member of the public may name as their commune: those under the
	 * form's province and its predecessors (the units the {@code geo} module holds), by name.
	 */
	public List<Locality> communes(FeedbackForm form) {
		Long province = form.getStewardship().provinceId();
		if (province == null) {
			return List.of();
		}
		var collator = Text.vietnameseCollator();
		return localities.byIds(localities.coverage(province, null, null))
			.values()
			.stream()
			.filter(l -> !ABOVE_COMMUNES.contains(l.getLevel()))
			.sorted(Comparator.comparing((Locality l) -> l.getNames().vi(), collator))
			.toList();
	}

	public void check(FormDraft draft) {
		Access.checkWriter();
		validate(draft);
	}

	@Transactional
	public FeedbackForm create(FormDraft draft) {
		Access.checkWriter();
		Subject subject = validate(draft);
		FeedbackForm saved = forms.save(new FeedbackForm(draft, subject.title(),
				Access.stewardshipAfterWrite(subject.provinceId(), Visibility.INTERNAL, null)));
		changes.created(ENTITY, saved.getId(), saved.getTitle(), saved);
		return saved;
	}

	@Transactional
	public FeedbackForm update(long id, FormDraft draft, Long expectedVersion) {
		FeedbackForm form = find(id);
		Access.checkWrite(form.getStewardship());
		changes.checkVersion(ENTITY, id, expectedVersion, form);
		Subject subject = validate(draft);
		String before = changes.snapshot(form);
		form.apply(draft, subject.title(),
				Access.stewardshipAfterWrite(subject.provinceId(), Visibility.INTERNAL, form.getStewardship()));
		forms.saveAndFlush(form);
		changes.updated(ENTITY, id, form.getTitle(), before, form);
		return form;
	}

	private Subject validate(FormDraft draft) {
		var errors = new RuleViolationException.Collector();
		boolean both = draft.projectId() != null && draft.partnershipId() != null;
		errors.rejectIf(draft.projectId() == null && draft.partnershipId() == null, "projectId",
				"feedback.form.subject.required");
		errors.rejectIf(both, "partnershipId", "feedback.form.subject.one");
		Optional<Subject> subject = Optional.empty();
		if (draft.projectId() != null) {
			subject = projects.findReadable(draft.projectId())
				.map(p -> new Subject(p.getTitle(), p.getStewardship()));
			errors.rejectIf(subject.isEmpty(), "projectId", "validation.unknownReference", draft.projectId());
		}
		else if (draft.partnershipId() != null) {
			subject = partnerships.findReadable(draft.partnershipId())
				.map(p -> new Subject(p.getTitle(), p.getStewardship()));
			errors.rejectIf(subject.isEmpty(), "partnershipId", "validation.unknownReference", draft.partnershipId());
		}
		errors.rejectIf(draft.title() == null || draft.title().isBlank(), "title", "validation.required");
		errors.rejectIf(draft.title() != null && draft.title().strip().length() > FeedbackForm.TITLE_LENGTH, "title",
				"validation.tooLong", null, FeedbackForm.TITLE_LENGTH);
		errors.rejectIf(draft.consentText() == null || draft.consentText().isBlank(), "consentText",
				"validation.required");
		errors.rejectIf(draft.consentText() != null && draft.consentText().strip().length() > FeedbackForm.CONSENT_LENGTH,
				"consentText", "validation.tooLong", null, FeedbackForm.CONSENT_LENGTH);
		errors.rejectIf(draft.categories().isEmpty(), "categories", "validation.required");
		errors.rejectIf(draft.categories().stream().anyMatch(java.util.Objects::isNull), "categories", "validation.nullElement");
		errors.throwIfAny();
		return subject.orElseThrow();
	}

	/** What a form is about: its title and the stewardship of its project or partnership. */
	private record Subject(String title, Stewardship stewardship) {

		Long provinceId() {
			return stewardship.provinceId();
		}

	}

}
