package vn.hoptac.delegations.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.delegations.Delegation;
import vn.hoptac.delegations.DelegationPlan;
import vn.hoptac.delegations.DelegationService;
import vn.hoptac.delegations.ReportedTotal;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.ExportColumns.Kind;
import vn.hoptac.shared.ExportRow;
import vn.hoptac.shared.ExportRows;
import vn.hoptac.shared.RecordExport;
import vn.hoptac.shared.RecordExport.Related;

/** The columns of this module's list exports (CSV, XLSX), read as lean rows. */
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
	RecordExport<DelegationPlan> delegationPlanExport(EntityManager entityManager, DelegationService delegations) {
		return RecordExport.of(DelegationPlan.class, DelegationPlanResponse.class)
			.text("title", "delegationPlan.title")
			.named("province", "delegationPlan.province", "locality", "vnLocalityId")
			.number("year", "delegationPlan.year", "year")
			.number("half", "delegationPlan.half", "half")
			.text("kind", "delegationPlan.kind")
			.date("dueOn", "delegationPlan.dueOn")
			.text("currentStep", "delegationPlan.currentStep")
			.related("items", "delegationPlan.items", Kind.NUMBER, rows -> ExportRows
				.elements(entityManager, DelegationPlan.class, "items", ExportRow.ids(rows))
				.entrySet()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, items -> items.getValue().size())))
			.related("unplanned", "delegationPlan.unplanned", Kind.NUMBER,
					Related.reading(List.of("stewardship.provinceId", "year", "half"), rows -> unplanned(delegations, rows)))
			.text("visibility", "record.visibility", "stewardship.visibility")
			.text("source", "record.source");
	}

	/** How many delegations of each plan's province and period no item foresaw, as its JSON shows them. */
	private static Map<Long, Integer> unplanned(DelegationService delegations, List<ExportRow> rows) {
		Map<Long, Integer> counts = new HashMap<>();
		for (ExportRow row : rows) {
			int year = (Integer) row.get("year");
			Integer half = (Integer) row.get("half");
			counts.put(row.id(), delegations.unplanned((Long) row.get("stewardship.provinceId"),
					DelegationPlan.periodStart(year, half), DelegationPlan.periodEnd(year, half)).size());
		}
		return counts;
	}

	@Bean
	RecordExport<ReportedTotal> reportedTotalExport() {
		return RecordExport.of(ReportedTotal.class, ReportedTotalResponse.class)
			.named("vnLocality", "delegation.vnParty", "locality", "vnLocalityId")
			.named("vnOrganisation", "export.column.vnOrganisation", "organisation", "vnOrganisationId")
			.country("country", "facet.country", "foreignCountry")
			.text("direction", "delegation.direction")
			.text("countedAs", "delegation.reported.countedAs")
			.date("periodFrom", "project.total.from", "periodFrom", "periodFromPrecision")
			.date("periodTo", "project.total.to", "periodTo", "periodToPrecision")
			.text("basis", "delegation.reported.basis")
			.number("delegations", "export.column.delegations", "delegations")
			.text("delegationsQualifier", "export.column.delegationsQualifier")
			.number("persons", "delegation.reported.persons", "persons")
			.text("personsQualifier", "export.column.personsQualifier")
			.text("personsUnit", "export.column.personsUnit")
			.text("note", "delegation.reported.note")
			.text("visibility", "record.visibility", "stewardship.visibility")
			.text("source", "record.source");
	}

}
