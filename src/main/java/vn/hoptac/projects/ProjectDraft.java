package vn.hoptac.projects;

import java.util.List;
import java.util.Set;

import vn.hoptac.partners.CooperationField;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.Visibility;

/**
 * What a user states about a project. Dates are as precise as the source gives them; the VND and
 * USD equivalents of budgets and transactions are computed, not stated. {@code foreignCountry} null:
 * that of the first funding participant.
 */
public record ProjectDraft(String title, String description, ProjectModality modality, String activityStatus,
		ProposalStage proposalStage, Long vnLocalityId, Long vnOrganisationId, Long partnershipId, Long agreementId,
		String foreignCountry, PartialDate plannedStart, PartialDate actualStart, PartialDate plannedEnd,
		PartialDate actualEnd, Integer coversProjects, Qualifier coversProjectsQualifier, Integer coversComponents,
		Qualifier coversComponentsQualifier, String financingAgreementRef, PartialDate financingAgreementOn,
		String inKind, String note, Set<CooperationField> fields, List<ProjectParticipant> participants,
		List<ProjectSector> sectors, List<String> sdgTargets, List<ProjectLocation> locations,
		List<ProjectBudget> budgets, List<ProjectTransaction> transactions, List<ProjectAppraisal> appraisals,
		String source, Visibility visibility) {

	public ProjectDraft {
		fields = fields == null ? Set.of() : fields;
		participants = participants == null ? List.of() : participants;
		sectors = sectors == null ? List.of() : sectors;
		sdgTargets = sdgTargets == null ? List.of() : sdgTargets;
		locations = locations == null ? List.of() : locations;
		budgets = budgets == null ? List.of() : budgets;
		transactions = transactions == null ? List.of() : transactions;
		appraisals = appraisals == null ? List.of() : appraisals;
	}

}
