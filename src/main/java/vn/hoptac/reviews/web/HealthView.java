package vn.hoptac.reviews.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.hoptac.reviews.CooperationStage;
import vn.hoptac.reviews.HealthReason;
import vn.hoptac.reviews.HealthState;
import vn.hoptac.reviews.PartnershipHealth;
import vn.hoptac.shared.DateOf;
import vn.hoptac.shared.LabelOf;

/**
 * A partnership's health as the API and the pages tell it: the state and stage with their labels,
 * and each reason as a sentence in the reader's language with its date and record.
 */
@Component("healthView")
public class HealthView {

	private final MessageSource messages;

	HealthView(MessageSource messages) {
		this.messages = messages;
	}

	/** The health as the API answers it. */
	record HealthResponse(long partnershipId, String partnershipTitle, String partnershipHref, Long provinceId,
			LocalDate asOf, HealthState state, String stateLabel, CooperationStage stage, String stageLabel,
			LocalDate lastActivity, boolean reviewOverdue, List<ReasonResponse> reasons) {
	}

	/** One reason: its code, date, count and record, and the sentence that tells it. */
	record ReasonResponse(String code, LocalDate date, Long count, String detail, RecordLink record, String text) {
	}

	/** The record behind a reason: its page and its API address. */
	record RecordLink(String entity, long id, String title, String href, String apiHref) {
	}

	HealthResponse of(PartnershipHealth h) {
		return new HealthResponse(h.partnership().id(), h.partnership().title(), h.partnership().path(),
				h.provinceId(), h.asOf(), h.state(), label(h.state()), h.stage(), label(h.stage()), h.lastActivity(),
				h.reviewOverdue(), h.reasons().stream().map(this::reason).toList());
	}

	private ReasonResponse reason(HealthReason r) {
		RecordLink link = r.record() == null ? null
				: new RecordLink(r.record().entity(), r.record().id(), r.record().title(), r.record().path(),
						"/api/v1" + r.record().path());
		return new ReasonResponse(r.code(), r.date(), r.count(), r.detail(), link, text(r));
	}

	/** The reason as a sentence: {@code health.reason.<code>} with the date, the count and the detail's label. */
	public String text(HealthReason r) {
		Object date = r.date() == null ? messages.getMessage("health.dateUnknown", null, locale())
				: messages.getMessage(DateOf.of(r.date()), locale());
		String detail = r.detail() == null ? "" : messages.getMessage(detailLabel(r), locale());
		return messages.getMessage("health.reason." + r.code(), new Object[] { date, r.count(), detail }, locale());
	}

	private static org.springframework.context.MessageSourceResolvable detailLabel(HealthReason r) {
		String enumType = r.code().equals("reviewConclusion") || r.code().equals("signal.REVIEW") ? "ReviewConclusion"
				: "PartnershipStatus";
		return new org.springframework.context.support.DefaultMessageSourceResolvable(
				new String[] { "enum." + enumType + "." + r.detail() }, r.detail());
	}

	public String label(Enum<?> value) {
		return messages.getMessage(LabelOf.of(value), locale());
	}

	private static java.util.Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
