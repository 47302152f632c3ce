package vn.hoptac.conferences;

import static vn.hoptac.conferences.ConferenceStage.APPRAISED;
import static vn.hoptac.conferences.ConferenceStage.APPROVED;
import static vn.hoptac.conferences.ConferenceStage.CANCELLED;
import static vn.hoptac.conferences.ConferenceStage.DOSSIER_RECEIVED;
import static vn.hoptac.conferences.ConferenceStage.HELD;
import static vn.hoptac.conferences.ConferenceStage.REFUSED;
import static vn.hoptac.conferences.ConferenceStage.REPORTED;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.hoptac.shared.DateOf;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.LabelOf;
import vn.hoptac.shared.RuleViolationException;

/**
 * The order of a conference's dossier path: the dossier is received, appraised, then approved or
 * refused by the competent authority; an approved conference is held, then reported. Only the steps
 * recorded are compared, so a conference recorded after it was held, without its dossier, is
 * accepted. A refusal that no later approval overturns excludes holding and reporting. Dates known
 * only by year or month are compared by their whole period, and nothing is definitely before a
 * bound ("on or before 2020"). The seeds give no statutory time limit, so none is computed.
 */
final class DossierOrder {

	private static final Map<ConferenceStage, Set<ConferenceStage>> PRECEDED_BY = Map.of(DOSSIER_RECEIVED,
			EnumSet.noneOf(ConferenceStage.class), APPRAISED, EnumSet.of(DOSSIER_RECEIVED), APPROVED,
			EnumSet.of(DOSSIER_RECEIVED, APPRAISED), REFUSED, EnumSet.of(DOSSIER_RECEIVED, APPRAISED), HELD,
			EnumSet.of(DOSSIER_RECEIVED, APPRAISED, APPROVED), REPORTED,
			EnumSet.of(DOSSIER_RECEIVED, APPRAISED, APPROVED, HELD), CANCELLED, EnumSet.of(DOSSIER_RECEIVED));

	private static final Set<ConferenceStage> EXCLUDED_BY_REFUSAL = EnumSet.of(HELD, REPORTED);

	private DossierOrder() {
	}

	/** Rejects every step out of the path's order, at {@code steps[i].stage} or {@code steps[i].stepOn}. */
	static void check(List<ConferenceStep> steps, RuleViolationException.Collector errors) {
		boolean refusalStands = steps.stream()
			.filter(s -> s.stage() == REFUSED)
			.anyMatch(refusal -> steps.stream()
				.noneMatch(s -> s.stage() == APPROVED && definitelyBefore(refusal.date(), s.date())));
		for (int i = 0; i < steps.size(); i++) {
			ConferenceStep step = steps.get(i);
			String field = "steps[" + i + "]";
			if (step.stage() == null) {
				errors.reject(field + ".stage", "validation.required");
				continue;
			}
			if (refusalStands && EXCLUDED_BY_REFUSAL.contains(step.stage())) {
				errors.reject(field + ".stage", "conference.step.afterRefusal", LabelOf.of(step.stage()));
				continue;
			}
			for (ConferenceStep other : steps) {
				if (other.stage() != null && PRECEDED_BY.get(step.stage()).contains(other.stage())
						&& definitelyBefore(step.date(), other.date())) {
					errors.reject(field + ".stepOn", "conference.step.beforeStep", LabelOf.of(step.stage()),
							DateOf.of(step.date()), LabelOf.of(other.stage()), DateOf.of(other.date()));
					break;
				}
			}
		}
	}

	/** Every day of the first period lies before every day of the second; unknown dates are never before. */
	static boolean definitelyBefore(PartialDate a, PartialDate b) {
		return a != null && b != null && !b.isBound() && lastDay(a).isBefore(b.date());
	}

	private static LocalDate lastDay(PartialDate date) {
		return switch (date.precision().period()) {
			case YEAR -> date.date().plusYears(1).minusDays(1);
			case MONTH -> date.date().plusMonths(1).minusDays(1);
			default -> date.date();
		};
	}

}
