package vn.hoptac.delegations.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.delegations.Delegation;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.ExportColumns;
import vn.hoptac.shared.RecordExport;

/** The columns of this module's list exports (CSV, XLSX); the main list's read as lean rows. */
@Configuration(proxyBeanMethods = false)
class DelegationExports {

	@Bean
	RecordExport<Delegation> delegationExport(PartyDirectory parties) {
		return RecordExport.of(Delegation.class, DelegationListItem.class)
			.text("title", "delegation.title")
			.text("direction", "delegation.direction")
			.text("status", "delegation.status")
			.with(parties.bothSides("delegation"))
			.country("country", "facet.country", "foreignCountry")
			.text("headName", "delegation.headName")
			.text("headTitle", "delegation.headTitle")
			.text("headRank", "delegation.headRank")
			.date("startOn", "delegation.startOn", "startOn", "startPrecision")
			.date("endOn", "delegation.endOn", "endOn", "endPrecision")
			.number("size", "delegation.size", "size")
			.text("sizeQualifier", "delegation.sizeQualifier")
			.text("visibility", "record.visibility", "stewardship.visibility")
			.text("source", "record.source");
	}

	@Bean
	ExportColumns<DelegationPlanResponse> delegationPlanColumns() {
		return ExportColumns.of(DelegationPlanResponse.class)
			.text("title", "delegationPlan.title", DelegationPlanResponse::title)
			.named("province", "delegationPlan.province", "locality", DelegationPlanResponse::vnLocalityId)
			.number("year", "delegationPlan.year", DelegationPlanResponse::year)
			.number("half", "delegationPlan.half", DelegationPlanResponse::half)
			.text("kind", "delegationPlan.kind", DelegationPlanResponse::kind)
			.date("dueOn", "delegationPlan.dueOn", DelegationPlanResponse::dueOn)
			.text("currentStep", "delegationPlan.currentStep", DelegationPlanResponse::currentStep)
			.number("items", "delegationPlan.items", p -> p.items().size())
			.number("unplanned", "delegationPlan.unplanned", p -> p.unplanned().size())
			.text("source", "record.source", DelegationPlanResponse::source);
	}

	@Bean
	ExportColumns<ReportedTotalResponse> reportedTotalColumns() {
		return ExportColumns.of(ReportedTotalResponse.class)
			.named("vnLocality", "delegation.vnParty", "locality", ReportedTotalResponse::vnLocalityId)
			.named("vnOrganisation", "export.column.vnOrganisation", "organisation", ReportedTotalResponse::vnOrganisationId)
			.country("country", "facet.country", ReportedTotalResponse::foreignCountry)
			.text("direction", "delegation.direction", ReportedTotalResponse::direction)
			.text("countedAs", "delegation.reported.countedAs", ReportedTotalResponse::countedAs)
			.date("periodFrom", "project.total.from", ReportedTotalResponse::periodFrom)
			.date("periodTo", "project.total.to", ReportedTotalResponse::periodTo)
			.text("basis", "delegation.reported.basis", ReportedTotalResponse::basis)
			.number("delegations", "export.column.delegations", ReportedTotalResponse::delegations)
			.text("delegationsQualifier", "export.column.delegationsQualifier", ReportedTotalResponse::delegationsQualifier)
			.number("persons", "delegation.reported.persons", ReportedTotalResponse::persons)
			.text("personsQualifier", "export.column.personsQualifier", ReportedTotalResponse::personsQualifier)
			.text("personsUnit", "export.column.personsUnit", ReportedTotalResponse::personsUnit)
			.text("note", "delegation.reported.note", ReportedTotalResponse::note)
			.text("source", "record.source", ReportedTotalResponse::source);
	}

}
