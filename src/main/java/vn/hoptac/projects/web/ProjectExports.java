package vn.hoptac.projects.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.shared.ExportColumns;

/** The columns of this module's list exports (CSV, XLSX). */
@Configuration(proxyBeanMethods = false)
class ProjectExports {

	@Bean
	ExportColumns<ProjectListItem> projectColumns() {
		return ExportColumns.of(ProjectListItem.class)
			.text("title", "project.title", ProjectListItem::title)
			.text("vnParty", "project.vnParty", ProjectListItem::vnParty)
			.text("participants", "project.participants",
					p -> p.participants().stream().map(x -> x.party() != null ? x.party() : x.nameText()).toList())
			.country("country", "project.country", ProjectListItem::foreignCountry)
			.text("modality", "project.modality", ProjectListItem::modality)
			.text("proposalStage", "project.proposalStage", ProjectListItem::proposalStage)
			.text("status", "project.status", ProjectListItem::activityStatus)
			.date("plannedStart", "project.plannedStart", ProjectListItem::plannedStart)
			.date("actualStart", "project.actualStart", ProjectListItem::actualStart)
			.text("visibility", "record.visibility", ProjectListItem::visibility)
			.text("source", "record.source", ProjectListItem::source);
	}

	@Bean
	ExportColumns<ReportedFlowTotalResponse> reportedFlowTotalColumns() {
		return ExportColumns.of(ReportedFlowTotalResponse.class)
			.text("vnParty", "project.vnParty", ReportedFlowTotalResponse::vnParty)
			.country("country", "project.country", ReportedFlowTotalResponse::foreignCountry)
			.text("modality", "project.modality", ReportedFlowTotalResponse::modality)
			.text("metric", "project.total.metric", ReportedFlowTotalResponse::metric)
			.number("amount", "project.total.amount", ReportedFlowTotalResponse::amount)
			.text("currency", "project.currency", ReportedFlowTotalResponse::currency)
			.text("qualifier", "project.total.qualifier", ReportedFlowTotalResponse::qualifier)
			.date("periodFrom", "project.total.from", ReportedFlowTotalResponse::periodFrom)
			.date("periodTo", "project.total.to", ReportedFlowTotalResponse::periodTo)
			.text("note", "record.note", ReportedFlowTotalResponse::note)
			.text("source", "record.source", ReportedFlowTotalResponse::source);
	}

}
