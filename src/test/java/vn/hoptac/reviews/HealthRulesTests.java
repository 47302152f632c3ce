package vn.hoptac.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.hoptac.partners.PartnershipStatus;
import vn.hoptac.partners.PartnershipType;
import vn.hoptac.shared.ActivityKind;
import vn.hoptac.shared.PartnershipSignal;
import vn.hoptac.shared.RecordRef;

class HealthRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	final HealthRules rules = new HealthRules(HealthSettings.defaults());

	static PartnershipFacts formal(LocalDate signed) {
		return facts(PartnershipStatus.FORMAL, PartnershipType.SISTER, signed);
	}

	static PartnershipFacts facts(PartnershipStatus status, PartnershipType type, LocalDate established) {
		return new PartnershipFacts(new RecordRef("partnership", 7, "Đà Nẵng – Grodno", "/partnerships/7"), 48L, status,
				type, established, null);
	}

	static PartnershipSignal signal(ActivityKind kind, LocalDate date, String detail) {
		return new PartnershipSignal(7, kind, date, 1, new RecordRef("x", 3, "record", "/x/3"), detail);
	}

	@Test
	void aFormalPartnershipWithNothingAfterSigningFor24MonthsIsDormantCountingFromTheSigning() {
		LocalDate signed = TODAY.minusMonths(25);
		PartnershipHealth health = rules.evaluate(formal(signed),
				List.of(signal(ActivityKind.AGREEMENT_ACTION, signed, null)), false, TODAY);
		assertThat(health.state()).isEqualTo(HealthState.DORMANT);
		assertThat(health.reasons().get(0).code()).isEqualTo("dormantSince");
		assertThat(health.reasons().get(0).date()).isEqualTo(signed);
		assertThat(health.reasons()).extracting(HealthReason::code).contains("signal.AGREEMENT_ACTION");
		assertThat(health.stage()).isEqualTo(CooperationStage.SYMBOLIC);
	}

	@Test
	void withoutAnyRecordTheSigningDateCounts() {
		assertThat(rules.evaluate(formal(TODAY.minusMonths(30)), List.of(), false, TODAY).state())
			.isEqualTo(HealthState.DORMANT);
		assertThat(rules.evaluate(formal(TODAY.minusMonths(3)), List.of(), false, TODAY).state())
			.isEqualTo(HealthState.ACTIVE);
	}

	@Test
	void aNewDelegationMakesItActiveAgainAndAnOlderOneSlowing() {
		LocalDate signed = TODAY.minusYears(10);
		var signing = signal(ActivityKind.AGREEMENT_ACTION, signed, null);
		PartnershipHealth active = rules.evaluate(formal(signed),
				List.of(signing, signal(ActivityKind.DELEGATION, TODAY.minusMonths(1), null)), false, TODAY);
		assertThat(active.state()).isEqualTo(HealthState.ACTIVE);
		assertThat(active.lastActivity()).isEqualTo(TODAY.minusMonths(1));
		assertThat(active.reasons().get(1).code()).isEqualTo("signal.DELEGATION");
		PartnershipHealth slowing = rules.evaluate(formal(signed),
				List.of(signing, signal(ActivityKind.DELEGATION, TODAY.minusMonths(18), null)), false, TODAY);
		assertThat(slowing.state()).isEqualTo(HealthState.SLOWING);
	}

	@Test
	void theDormancyPeriodIsConfigurable() {
		var signing = signal(ActivityKind.AGREEMENT_ACTION, TODAY.minusMonths(13), null);
		HealthRules strict = new HealthRules(new HealthSettings(Period.ofMonths(12), Period.ofMonths(6)));
		assertThat(strict.evaluate(formal(TODAY.minusMonths(13)), List.of(signing), false, TODAY).state())
			.isEqualTo(HealthState.DORMANT);
		assertThat(rules.evaluate(formal(TODAY.minusMonths(13)), List.of(signing), false, TODAY).state())
			.isEqualTo(HealthState.SLOWING);
	}

	@Test
	void onlyALetterOfIntentOlderThanTheDormancyPeriodIsStuckAndAReviewDoesNotCountAsActivity() {
		var loi = facts(PartnershipStatus.LOI, PartnershipType.LETTER_OF_INTENT, TODAY.minusYears(5));
		PartnershipHealth stuck = rules.evaluate(loi, List.of(signal(ActivityKind.REVIEW, TODAY.minusMonths(2), "CONTINUE")),
				false, TODAY);
		assertThat(stuck.state()).isEqualTo(HealthState.STUCK_AT_LETTER_OF_INTENT);
		assertThat(stuck.reasons().get(0).code()).isEqualTo("letterOfIntent");
		assertThat(stuck.lastActivity()).isNull();
		var recent = facts(PartnershipStatus.LOI, null, TODAY.minusMonths(4));
		assertThat(rules.evaluate(recent, List.of(), false, TODAY).state()).isEqualTo(HealthState.ACTIVE);
		var undated = facts(null, PartnershipType.LETTER_OF_INTENT, null);
		assertThat(rules.evaluate(undated, List.of(), false, TODAY).state())
			.isEqualTo(HealthState.STUCK_AT_LETTER_OF_INTENT);
	}

	@Test
	void pausedOrEndedByTheStatusOrByTheLatestReviewsConclusion() {
		var recent = List.of(signal(ActivityKind.DELEGATION, TODAY.minusMonths(1), null));
		assertThat(rules.evaluate(facts(PartnershipStatus.ENDED, null, null), recent, false, TODAY).state())
			.isEqualTo(HealthState.ENDED);
		assertThat(rules.evaluate(facts(PartnershipStatus.PAUSED, null, null), recent, false, TODAY).state())
			.isEqualTo(HealthState.PAUSED);
		PartnershipHealth paused = rules.evaluate(formal(TODAY.minusYears(3)),
				List.of(recent.get(0), signal(ActivityKind.REVIEW, TODAY.minusDays(5), "PAUSE")), false, TODAY);
		assertThat(paused.state()).isEqualTo(HealthState.PAUSED);
		assertThat(paused.reasons().get(0).code()).isEqualTo("reviewConclusion");
		assertThat(rules.evaluate(formal(TODAY.minusYears(3)),
				List.of(recent.get(0), signal(ActivityKind.REVIEW, TODAY.minusDays(5), "END")), false, TODAY).state())
			.isEqualTo(HealthState.ENDED);
		assertThat(rules.evaluate(formal(TODAY.minusYears(3)),
				List.of(recent.get(0), signal(ActivityKind.REVIEW, TODAY.minusDays(5), "EXPAND")), false, TODAY).state())
			.isEqualTo(HealthState.ACTIVE);
	}

	@Test
	void projectsInImplementationKeepItActiveAndMakeItSubstantive() {
		PartnershipHealth health = rules.evaluate(formal(TODAY.minusYears(10)),
				List.of(signal(ActivityKind.ACTIVE_PROJECTS, TODAY.minusYears(4), null)), false, TODAY);
		assertThat(health.state()).isEqualTo(HealthState.ACTIVE);
		assertThat(health.stage()).isEqualTo(CooperationStage.SUBSTANTIVE);
		assertThat(rules.evaluate(formal(TODAY.minusYears(10)),
				List.of(signal(ActivityKind.EXCHANGE, TODAY.minusYears(4), null)), false, TODAY).stage())
			.isEqualTo(CooperationStage.SUBSTANTIVE);
	}

	@Test
	void anOverdueReviewNeedsAttentionWhateverTheState() {
		PartnershipHealth health = rules.evaluate(formal(TODAY.minusMonths(2)), List.of(), true, TODAY);
		assertThat(health.state()).isEqualTo(HealthState.ACTIVE);
		assertThat(health.needsAttention()).isTrue();
		assertThat(health.reasons()).extracting(HealthReason::code).contains("reviewOverdue");
	}

}
