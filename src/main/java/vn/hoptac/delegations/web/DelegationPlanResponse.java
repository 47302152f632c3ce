package vn.hoptac.delegations.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.hoptac.delegations.Delegation;
import vn.hoptac.delegations.DelegationDirection;
import vn.hoptac.delegations.DelegationPlan;
import vn.hoptac.delegations.DelegationPlanItem;
import vn.hoptac.delegations.PlanItemStatus;
import vn.hoptac.delegations.PlanKind;
import vn.hoptac.delegations.PlanStep;
import vn.hoptac.delegations.PlanStepEntry;
import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.Visibility;
import vn.hoptac.sources.CitationResponse;

/**
 * A plan of the provincial leaders' delegations: its items, each with the delegations that realised
 * it ({@code realisedBy}), the path's steps, and the delegations of its province and period that no
 * item foresaw ({@code unplanned}). Its writable fields are those of {@link DelegationPlanRequest}.
 */
record DelegationPlanResponse(Long id, String title, Long vnLocalityId, Integer year, Integer half, PlanKind kind,
		LocalDate dueOn, PlanStep currentStep, List<ItemResponse> items, List<StepResponse> steps,
		List<DelegationRef> unplanned, String source, Visibility visibility, Long ownerProvinceId, long version,
		List<CitationResponse> sourceCitations) {

	static DelegationPlanResponse of(DelegationPlan p, Map<Long, List<Delegation>> realised,
			List<Delegation> unplanned, List<CitationResponse> citations) {
		return new DelegationPlanResponse(p.getId(), p.getTitle(), p.getVnLocalityId(), p.getYear(), p.getHalf(),
				p.getKind(), p.getDueOn(), p.getCurrentStep(),
				p.getItems().stream().map(i -> ItemResponse.of(i, realised.getOrDefault(i.getId(), List.of()))).toList(),
				p.getSteps().stream().map(StepResponse::of).toList(),
				unplanned.stream().map(DelegationRef::of).toList(), p.getSource(), p.getStewardship().visibility(),
				p.getStewardship().provinceId(), p.getVersion(), citations);
	}

	/** A planned delegation; {@code realisedBy} the delegations recorded against it. */
	record ItemResponse(Long id, DelegationDirection direction, String plannedOn, DatePrecision plannedPrecision,
			String headTitle, String foreignCountry, Long foreignLocalityId, Long foreignOrganisationId,
			String purpose, PlanItemStatus status, List<DelegationRef> realisedBy) {

		static ItemResponse of(DelegationPlanItem i, List<Delegation> realisedBy) {
			return new ItemResponse(i.getId(), i.getDirection(), DelegationResponse.text(i.getPlanned()),
					i.getPlannedPrecision(), i.getHeadTitle(), i.getForeignCountry(), i.getForeignLocalityId(),
					i.getForeignOrganisationId(), i.getPurpose(), i.getStatus(),
					realisedBy.stream().map(DelegationRef::of).toList());
		}

	}

	/** A step of the path, as precise as it is known. */
	record StepResponse(PlanStep step, String date, DatePrecision datePrecision, String documentRef, String note,
			Instant recordedAt) {

		static StepResponse of(PlanStepEntry s) {
			return new StepResponse(s.step(), s.date().toString(), s.stepPrecision(), s.documentRef(), s.note(),
					s.recordedAt());
		}

	}

	/** A delegation named by id, title and start. */
	record DelegationRef(Long id, String title, String startOn) {

		static DelegationRef of(Delegation d) {
			return new DelegationRef(d.getId(), d.getTitle(), DelegationResponse.text(d.getStart()));
		}

	}

}
