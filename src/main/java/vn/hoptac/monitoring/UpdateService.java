package vn.hoptac.monitoring;

import java.time.Clock;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.monitoring.internal.UpdateRepository;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Actor;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.ConflictException;
import vn.hoptac.shared.FormFields;
import vn.hoptac.shared.NotFoundException;
import vn.hoptac.shared.Role;
import vn.hoptac.shared.RuleViolationException;

/**
 * Updates of actuals and their approval. Whoever writes the indicator (officers of its province)
 * drafts, corrects and submits; the province administrator (an administrator for national
 * frameworks) approves, which makes the value the period's actual, or returns it with a comment.
 * Every step is audited and based on the version read.
 */
@Service
@Transactional(readOnly = true)
public class UpdateService {

	public static final String ENTITY = "indicator_update";

	private final UpdateRepository updates;

	private final IndicatorService indicators;

	private final ChangeRecorder changes;

	private final Clock clock;

	UpdateService(UpdateRepository updates, IndicatorService indicators, ChangeRecorder changes, Clock clock) {
		this.updates = updates;
		this.indicators = indicators;
		this.changes = changes;
		this.clock = clock;
	}

	public IndicatorUpdate get(long id) {
		IndicatorUpdate update = find(id);
		Access.checkRead(update.getStewardship());
		update.loadDetails();
		return update;
	}

	/** The updates of an indicator, oldest first. */
	public List<IndicatorUpdate> ofIndicator(long indicatorId) {
		Indicator indicator = indicators.find(indicatorId);
		Access.checkRead(indicator.getStewardship());
		List<IndicatorUpdate> found = updates.findByIndicatorIdOrderById(indicatorId);
		found.forEach(IndicatorUpdate::loadDetails);
		return found;
	}

	/** Whether the current reader may approve or return updates kept as this one is. */
	public static boolean canDecide(IndicatorUpdate update) {
		Actor actor = Access.current().orElse(null);
		return actor != null && (actor.role() == Role.ADMIN || actor.role() == Role.PROVINCE_ADMIN)
				&& Access.canWrite(actor, update.getStewardship());
	}

	@Transactional
	public IndicatorUpdate create(long indicatorId, UpdateDraft draft) {
		Actor actor = Access.checkWriter();
		Indicator indicator = indicators.find(indicatorId);
		Access.checkWrite(indicator.getStewardship());
		indicator.loadDetails();
		validate(indicator, draft);
		IndicatorUpdate saved = updates
			.saveAndFlush(new IndicatorUpdate(indicatorId, draft, actor.username(), indicator.getStewardship()));
		changes.created(ENTITY, saved.getId(), indicator.getTitle(), saved);
		return saved;
	}

	/** Corrects a draft or a returned update. */
	@Transactional
	public IndicatorUpdate update(long id, UpdateDraft draft, Long expectedVersion) {
		IndicatorUpdate update = editable(id, expectedVersion);
		Indicator indicator = indicators.find(update.getIndicatorId());
		indicator.loadDetails();
		validate(indicator, draft);
		String before = changes.snapshot(update);
		update.apply(draft, indicator.getStewardship());
		updates.saveAndFlush(update);
		changes.updated(ENTITY, id, indicator.getTitle(), before, update);
		return update;
	}

	/** Removes a draft or returned update; one submitted or approved stays on record. */
	@Transactional
	public void delete(long id, Long expectedVersion) {
		IndicatorUpdate update = editable(id, expectedVersion);
		String before = changes.snapshot(update);
		updates.delete(update);
		updates.flush();
		changes.deleted(ENTITY, id, "#" + id, before);
	}

	@Transactional
	public IndicatorUpdate submit(long id, Long expectedVersion) {
		IndicatorUpdate update = editable(id, expectedVersion);
		String before = changes.snapshot(update);
		update.submit(Access.required().username(), clock.instant());
		return acted(update, before);
	}

	/** Approves a submitted update: its value becomes the period's actual, which the IPTT shows. */
	@Transactional
	public IndicatorUpdate approve(long id, Long expectedVersion, String comment) {
		IndicatorUpdate update = submitted(id, expectedVersion);
		String before = changes.snapshot(update);
		update.decide(UpdateStatus.APPROVED, FormFields.trimmed(comment), Access.required().username(), clock.instant());
		Indicator indicator = indicators.find(update.getIndicatorId());
		indicator.period(update.getPeriodId()).orElseThrow().approved(update);
		return acted(update, before);
	}

	/** Returns a submitted update to its reporter, saying why (the comment is required). */
	@Transactional
	public IndicatorUpdate returnToReporter(long id, Long expectedVersion, String comment) {
		IndicatorUpdate update = submitted(id, expectedVersion);
		if (comment == null || comment.isBlank()) {
			throw RuleViolationException.of("comment", "validation.required");
		}
		String before = changes.snapshot(update);
		update.decide(UpdateStatus.RETURNED, comment.trim(), Access.required().username(), clock.instant());
		return acted(update, before);
	}

	private IndicatorUpdate acted(IndicatorUpdate update, String before) {
		updates.saveAndFlush(update);
		changes.acted(ENTITY, update.getId(), update.getStatus().name(), before, update);
		return update;
	}

	private IndicatorUpdate editable(long id, Long expectedVersion) {
		IndicatorUpdate update = find(id);
		Access.checkWrite(update.getStewardship());
		changes.checkVersion(ENTITY, id, expectedVersion, update);
		update.loadDetails();
		if (!update.getStatus().isEditable()) {
			throw new ConflictException("updateState", List.of(), "status", "monitoring.update.notEditable");
		}
		return update;
	}

	private IndicatorUpdate submitted(long id, Long expectedVersion) {
		IndicatorUpdate update = find(id);
		Access.checkRead(update.getStewardship());
		if (!canDecide(update)) {
			throw new AccessDeniedException("Only the province administrator approves or returns updates");
		}
		changes.checkVersion(ENTITY, id, expectedVersion, update);
		update.loadDetails();
		if (update.getStatus() != UpdateStatus.SUBMITTED) {
			throw new ConflictException("updateState", List.of(), "status", "monitoring.update.notSubmitted");
		}
		return update;
	}

	private IndicatorUpdate find(long id) {
		return updates.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	private static void validate(Indicator indicator, UpdateDraft draft) {
		var errors = new RuleViolationException.Collector();
		errors.rejectIf(draft.periodId() == null, "periodId", "validation.required");
		errors.rejectIf(draft.periodId() != null && indicator.period(draft.periodId()).isEmpty(), "periodId",
				"monitoring.update.periodOfIndicator");
		errors.rejectIf(draft.actual().isEmpty(), "actual", "validation.required");
		draft.actual().check(indicator.getMeasure(), "actual", errors);
		for (int i = 0; i < draft.evidence().size(); i++) {
			Evidence e = draft.evidence().get(i);
			errors.rejectIf(e.url() == null || !e.url().matches("(?i)https?://\\S+"), "evidence[" + i + "].url",
					"monitoring.update.evidenceUrl");
		}
		for (int i = 0; i < draft.values().size(); i++) {
			DisaggregatedValue v = draft.values().get(i);
			String field = "values[" + i + "]";
			errors.rejectIf(v.dimension() == null || !indicator.getDimensions().contains(v.dimension()),
					field + ".dimension", "monitoring.update.unknownDimension", String.join(", ", indicator.getDimensions()));
			errors.rejectIf(v.category() == null || v.category().isBlank(), field + ".category", "validation.required");
			errors.rejectIf(v.value() == null, field + ".value", "validation.required");
		}
		errors.throwIfAny();
	}

}
