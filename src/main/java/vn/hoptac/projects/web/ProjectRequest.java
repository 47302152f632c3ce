package vn.hoptac.projects.web;

import static vn.hoptac.shared.FormFields.trimmed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import vn.hoptac.partners.CooperationField;
import vn.hoptac.projects.AppraisalConclusion;
import vn.hoptac.projects.Project;
import vn.hoptac.projects.ProjectAppraisal;
import vn.hoptac.projects.ProjectBudget;
import vn.hoptac.projects.ProjectDraft;
import vn.hoptac.projects.ProjectLocation;
import vn.hoptac.projects.ProjectModality;
import vn.hoptac.projects.ProjectParticipant;
import vn.hoptac.projects.ProjectSector;
import vn.hoptac.projects.ProjectTransaction;
import vn.hoptac.projects.ProposalStage;
import vn.hoptac.projects.web.ProjectResponse.AppraisalResponse;
import vn.hoptac.projects.web.ProjectResponse.BudgetResponse;
import vn.hoptac.projects.web.ProjectResponse.LocationResponse;
import vn.hoptac.projects.web.ProjectResponse.ParticipantResponse;
import vn.hoptac.projects.web.ProjectResponse.SectorResponse;
import vn.hoptac.projects.web.ProjectResponse.TransactionResponse;
import vn.hoptac.shared.AcceptsFieldsOf;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.RecordRequest;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Visibility;

/**
 * Body of POST and PUT. Dates may be a year, a month, a day or a bound ({@code ..2023});
 * {@code version} is the one read. What GET answers can be sent back as it is: its read-only
 * fields are ignored.
 */
@AcceptsFieldsOf(ProjectResponse.class)
record ProjectRequest(@Size(max = Project.TITLE_LENGTH) String title,
		@Size(max = Project.DESCRIPTION_LENGTH) String description, ProjectModality modality, String activityStatus,
		ProposalStage proposalStage, Long vnLocalityId, Long vnOrganisationId, Long partnershipId, Long agreementId,
		String foreignCountry, String plannedStart, String actualStart, String plannedEnd, String actualEnd,
		Integer coversProjects, Qualifier coversProjectsQualifier, Integer coversComponents,
		Qualifier coversComponentsQualifier, @Size(max = Project.FINANCING_REF_LENGTH) String financingAgreementRef,
		String financingAgreementOn, @Size(max = Project.IN_KIND_LENGTH) String inKind,
		@Size(max = Project.NOTE_LENGTH) String note, Set<CooperationField> fields,
		List<@Valid ParticipantRequest> participants, List<SectorRequest> sectors, List<String> sdgTargets,
		List<@Valid LocationRequest> locations, List<@Valid BudgetRequest> budgets,
		List<@Valid TransactionRequest> transactions, List<@Valid AppraisalRequest> appraisals,
		@Size(max = Project.SOURCE_LENGTH) String source, Visibility visibility, Long version)
		implements RecordRequest<ProjectDraft> {

	@AcceptsFieldsOf(ParticipantResponse.class)
	record ParticipantRequest(Integer role, Long organisationId, Long localityId,
			@Size(max = Project.NAME_TEXT_LENGTH) String nameText) {
	}

	@AcceptsFieldsOf(SectorResponse.class)
	record SectorRequest(String code, BigDecimal percentage) {
	}

	@AcceptsFieldsOf(LocationResponse.class)
	record LocationRequest(Long localityId, @Size(max = Project.COMMUNE_NAME_LENGTH) String communeName,
			@Size(max = Project.LOCATION_NOTE_LENGTH) String note) {
	}

	@AcceptsFieldsOf(BudgetResponse.class)
	record BudgetRequest(Integer type, Integer status, String periodStart, String periodEnd, BigDecimal amount,
			String currency, Qualifier amountQualifier, BigDecimal statedVnd, BigDecimal statedUsd,
			Qualifier statedQualifier, Integer funderPosition, @Size(max = Project.NOTE_LENGTH) String note) {
	}

	@AcceptsFieldsOf(TransactionResponse.class)
	record TransactionRequest(Integer type, String transactionOn, BigDecimal amount, String currency,
			Qualifier amountQualifier, BigDecimal statedVnd, BigDecimal statedUsd, Qualifier statedQualifier,
			Long providerOrganisationId, Long receiverOrganisationId, Long receiverLocalityId,
			@Size(max = Project.NOTE_LENGTH) String description) {
	}

	@AcceptsFieldsOf(AppraisalResponse.class)
	record AppraisalRequest(Long appraiserOrganisationId, LocalDate requestedOn, LocalDate concludedOn,
			AppraisalConclusion conclusion, @Size(max = Project.DOCUMENT_REF_LENGTH) String documentRef,
			@Size(max = Project.NOTE_LENGTH) String note) {
	}

	@Override
	public ProjectDraft toDraft() {
		var errors = new RuleViolationException.Collector();
		ProjectDraft draft = toDraft(errors);
		errors.throwIfAny();
		return draft;
	}

	/** The draft, with what cannot be read left out and reported to {@code errors}. */
	ProjectDraft toDraft(RuleViolationException.Collector errors) {
		PartialDate plannedStartOn = PartialDates.parse(plannedStart, "plannedStart", errors);
		PartialDate actualStartOn = PartialDates.parse(actualStart, "actualStart", errors);
		PartialDate plannedEndOn = PartialDates.parse(plannedEnd, "plannedEnd", errors);
		PartialDate actualEndOn = PartialDates.parse(actualEnd, "actualEnd", errors);
		PartialDate financed = PartialDates.parse(financingAgreementOn, "financingAgreementOn", errors);
		List<ProjectBudget> budgetRows = budgets == null ? null : java.util.stream.IntStream.range(0, budgets.size())
			.mapToObj(i -> budget(budgets.get(i), "budgets[" + i + "]", errors))
			.toList();
		List<ProjectTransaction> transactionRows = transactions == null ? null
				: java.util.stream.IntStream.range(0, transactions.size())
					.mapToObj(i -> transaction(transactions.get(i), "transactions[" + i + "]", errors))
					.toList();
		return new ProjectDraft(title, description, modality, trimmed(activityStatus), proposalStage,
				vnLocalityId, vnOrganisationId, partnershipId, agreementId, trimmed(foreignCountry), plannedStartOn,
				actualStartOn, plannedEndOn, actualEndOn, coversProjects, coversProjectsQualifier, coversComponents,
				coversComponentsQualifier, financingAgreementRef, financed, inKind, note, fields,
				participants == null ? null
						: participants.stream()
							.map(p -> new ProjectParticipant(p.role(), p.organisationId(), p.localityId(), p.nameText()))
							.toList(),
				sectors == null ? null : sectors.stream().map(s -> new ProjectSector(s.code(), s.percentage())).toList(),
				sdgTargets,
				locations == null ? null
						: locations.stream().map(l -> new ProjectLocation(l.localityId(), l.communeName(), l.note())).toList(),
				budgetRows, transactionRows,
				appraisals == null ? null
						: appraisals.stream()
							.map(a -> new ProjectAppraisal(a.appraiserOrganisationId(), a.requestedOn(), a.concludedOn(),
									a.conclusion(), a.documentRef(), a.note()))
							.toList(),
				source, visibility);
	}

	private static ProjectBudget budget(BudgetRequest b, String field, RuleViolationException.Collector errors) {
		PartialDate start = PartialDates.parse(b.periodStart(), field + ".periodStart", errors);
		PartialDate end = PartialDates.parse(b.periodEnd(), field + ".periodEnd", errors);
		return new ProjectBudget(b.type(), b.status(), start == null ? null : start.date(),
				start == null ? null : start.precision(), end == null ? null : end.date(),
				end == null ? null : end.precision(), null, b.amount(), b.currency(), qualifier(b.amountQualifier()), null,
				null, b.statedVnd(), b.statedUsd(), statedQualifier(b.statedVnd(), b.statedUsd(), b.statedQualifier()),
				b.funderPosition(), b.note());
	}

	private static ProjectTransaction transaction(TransactionRequest t, String field,
			RuleViolationException.Collector errors) {
		PartialDate on = PartialDates.parse(t.transactionOn(), field + ".transactionOn", errors);
		return new ProjectTransaction(t.type(), on == null ? null : on.date(), on == null ? null : on.precision(),
				t.amount(), t.currency(), qualifier(t.amountQualifier()), null, null, t.statedVnd(), t.statedUsd(),
				statedQualifier(t.statedVnd(), t.statedUsd(), t.statedQualifier()), t.providerOrganisationId(),
				t.receiverOrganisationId(), t.receiverLocalityId(), t.description());
	}

	/** A figure stated without a qualifier is taken as exact. */
	static Qualifier qualifier(Qualifier stated) {
		return stated == null ? Qualifier.EXACT : stated;
	}

	static Qualifier statedQualifier(BigDecimal vnd, BigDecimal usd, Qualifier stated) {
		return vnd == null && usd == null ? null : qualifier(stated);
	}

}
