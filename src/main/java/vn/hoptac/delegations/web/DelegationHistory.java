package vn.hoptac.delegations.web;

import static vn.hoptac.shared.HistoryFields.VISIBILITY;
import static vn.hoptac.shared.HistoryFields.code;
import static vn.hoptac.shared.HistoryFields.country;
import static vn.hoptac.shared.HistoryFields.date;
import static vn.hoptac.shared.HistoryFields.day;
import static vn.hoptac.shared.HistoryFields.field;
import static vn.hoptac.shared.HistoryFields.listOf;
import static vn.hoptac.shared.HistoryFields.part;
import static vn.hoptac.shared.HistoryFields.parts;
import static vn.hoptac.shared.HistoryFields.reference;
import static vn.hoptac.shared.HistoryFields.text;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.delegations.CostBearer;
import vn.hoptac.delegations.CountBasis;
import vn.hoptac.delegations.DelegationDirection;
import vn.hoptac.delegations.DelegationPlanService;
import vn.hoptac.delegations.DelegationRank;
import vn.hoptac.delegations.DelegationService;
import vn.hoptac.delegations.DelegationStatus;
import vn.hoptac.delegations.FollowUpStatus;
import vn.hoptac.delegations.PersonsUnit;
import vn.hoptac.delegations.PlanItemStatus;
import vn.hoptac.delegations.PlanKind;
import vn.hoptac.delegations.PlanStep;
import vn.hoptac.delegations.ReportedTotalService;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.Partnership;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.HistoryFields;
import vn.hoptac.shared.HistoryFields.Field;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.sources.Citations;

/** How delegations, their plans and reported totals read in their history and in the audit log. */
@Configuration(proxyBeanMethods = false)
class DelegationHistory {

	@Bean
	HistoryFields delegationFields(PartyDirectory directory, PartnershipService partnerships,
			DelegationService delegations, Citations citations) {
		return new HistoryFields(DelegationService.ENTITY, "title", List.of(field("title", "delegation.title", text()),
				field("direction", "delegation.direction", code(DelegationDirection.class)),
				field("status", "delegation.status", code(DelegationStatus.class)),
				field("vnLocalityId", "delegation.vnParty", reference(directory::localityName)),
				field("vnOrganisationId", "delegation.vnParty", reference(directory::organisationName)),
				field("vnLeadName", "delegation.vnLeadName", text()),
				field("vnLeadTitle", "delegation.vnLeadTitle", text()),
				field("foreignLocalityId", "delegation.foreignParty", reference(directory::localityName)),
				field("foreignOrganisationId", "delegation.foreignParty", reference(directory::organisationName)),
				partnership("partnershipId", partnerships), field("headName", "delegation.headName", text()),
				field("headTitle", "delegation.headTitle", text()),
				field("headRank", "delegation.headRank", code(DelegationRank.class)),
				field("startOn", "delegation.startOn", date("startPrecision")),
				field("endOn", "delegation.endOn", date("endPrecision")), field("size", "delegation.size", text()),
				field("sizeQualifier", "delegation.sizeQualifier", code(Qualifier.class)),
				field("purpose", "delegation.purpose", text()), field("programme", "delegation.programme", text()),
				field("outcomes", "delegation.outcomes", text()), field("venue", "delegation.venue", text()),
				field("costAmount", "delegation.costAmount", text()),
				field("costCurrency", "delegation.costCurrency", text()),
				field("costBearer", "delegation.costBearer", code(CostBearer.class)),
				field("fields", "record.fields", listOf(code(CooperationField.class))),
				field("agreementIds", "delegation.agreements",
						listOf(reference(id -> delegations.agreementTitles(List.of(id)).get(id)))),
				field("guests", "delegation.guests",
						listOf(parts(part("organisationId", reference(directory::organisationName)),
								part("localityId", reference(directory::localityName))))),
				field("followUps", "delegation.followUps",
						listOf(parts(part("action", text()), part("dueOn", day()), part("doneOn", day()),
								part("status", code(FollowUpStatus.class))))),
				citations.historyField(), VISIBILITY));
	}

	@Bean
	HistoryFields delegationPlanFields(PartyDirectory directory, Citations citations) {
		return new HistoryFields(DelegationPlanService.ENTITY, "title", List.of(
				field("title", "delegationPlan.title", text()),
				field("vnLocalityId", "delegationPlan.province", reference(directory::localityName)),
				field("year", "delegationPlan.year", text()), field("half", "delegationPlan.half", text()),
				field("kind", "delegationPlan.kind", code(PlanKind.class)),
				field("dueOn", "delegationPlan.dueOn", day()),
				field("items", "delegationPlan.items",
						listOf(parts(part("direction", code(DelegationDirection.class)),
								part("plannedOn", date("plannedPrecision")), part("headTitle", text()),
								part("foreignLocalityId", reference(directory::localityName)),
								part("foreignOrganisationId", reference(directory::organisationName)),
								part("purpose", text()), part("status", code(PlanItemStatus.class))))),
				field("steps", "delegationPlan.steps",
						listOf(parts(part("step", code(PlanStep.class)), part("stepOn", date("stepPrecision")),
								part("documentRef", text())))),
				citations.historyField(), VISIBILITY));
	}

	@Bean
	HistoryFields reportedTotalFields(PartyDirectory directory, PartnershipService partnerships,
			Citations citations) {
		return new HistoryFields(ReportedTotalService.ENTITY, "countedAs", List.of(
				field("countedAs", "delegation.reported.countedAs", text()),
				field("vnLocalityId", "delegation.vnParty", reference(directory::localityName)),
				field("vnOrganisationId", "delegation.vnParty", reference(directory::organisationName)),
				partnership("partnershipId", partnerships),
				field("foreignCountry", "delegation.foreignParty", country()),
				field("direction", "delegation.direction", code(DelegationDirection.class)),
				field("periodFrom", "delegation.startOn", date("periodFromPrecision")),
				field("periodTo", "delegation.endOn", date("periodToPrecision")),
				field("basis", "delegation.reported.basis", code(CountBasis.class)),
				field("delegations", "delegation.stats.delegations", text()),
				field("delegationsQualifier", "delegation.sizeQualifier", code(Qualifier.class)),
				field("persons", "delegation.stats.persons", text()),
				field("personsQualifier", "delegation.sizeQualifier", code(Qualifier.class)),
				field("personsUnit", "delegation.reported.persons", code(PersonsUnit.class)),
				field("note", "delegation.reported.note", text()), citations.historyField(), VISIBILITY));
	}

	private static Field partnership(String name, PartnershipService partnerships) {
		return field(name, "delegation.partnership",
				reference(id -> partnerships.findReadable(id).map(Partnership::getTitle).orElse(null)));
	}

}
