package vn.hoptac.delegations.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.shared.ExportColumns;

/** The columns of this module's list exports (CSV, XLSX). */
@Configuration(proxyBeanMethods = false)
class DelegationExports {

	@Bean
	ExportColumns<DelegationListItem> delegationColumns() {
		return ExportColumns.of(DelegationListItem.class)
			.text("title", "delegation.title", DelegationListItem::title)
			.text("direction", "delegation.direction", DelegationListItem::direction)
			.text("status", "delegation.status", DelegationListItem::status)
			.text("vnParty", "delegation.vnParty", DelegationListItem::vnParty)
			.text("foreignParty", "delegation.foreignParty", DelegationListItem::foreignParty)
			.country("country", "facet.country", DelegationListItem::foreignCountry)
			.text("headName", "delegation.headName", DelegationListItem::headName)
			.text("headTitle", "delegation.headTitle", DelegationListItem::headTitle)
			.text("headRank", "delegation.headRank", DelegationListItem::headRank)
			.date("startOn", "delegation.startOn", DelegationListItem::startOn)
			.date("endOn", "delegation.endOn", DelegationListItem::endOn)
			.number("size", "delegation.size", DelegationListItem::size)
			.text("sizeQualifier", "delegation.sizeQualifier", DelegationListItem::sizeQualifier)
			.text("visibility", "record.visibility", DelegationListItem::visibility)
			.text("source", "record.source", DelegationListItem::source);
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
