package vn.hoptac.projects.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.partners.Party;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.projects.Project;
import vn.hoptac.projects.ProjectParticipant;
import vn.hoptac.projects.ReportedFlowTotal;
import vn.hoptac.shared.ExportRow;
import vn.hoptac.shared.ExportRows;
import vn.hoptac.shared.RecordExport;

/** The columns of this module's list exports (CSV, XLSX), read as lean rows. */
@Configuration(proxyBeanMethods = false)
class ProjectExports {

	@Bean
	RecordExport<Project> projectExport(PartyDirectory parties, EntityManager entityManager) {
		return RecordExport.of(Project.class, ProjectListItem.class)
			.text("title", "project.title")
			.related("vnParty", "project.vnParty", parties.partiesAt("vnLocalityId", "vnOrganisationId"))
			.related("participants", "project.participants", rows -> participants(entityManager, parties, rows))
			.country("country", "project.country", "foreignCountry")
			.text("modality", "project.modality")
			.text("proposalStage", "project.proposalStage")
			.text("status", "project.status", "activityStatus")
			.date("plannedStart", "project.plannedStart", "plannedStartOn", "plannedStartPrecision")
			.date("actualStart", "project.actualStart", "actualStartOn", "actualStartPrecision")
			.text("visibility", "record.visibility", "stewardship.visibility")
			.text("source", "record.source");
	}

	/** The participants of a page of projects, in their order: each named, or its name as the source gave it. */
	private static Map<Long, List<Object>> participants(EntityManager entityManager, PartyDirectory parties,
			List<ExportRow> rows) {
		Map<Long, List<Object>> participants = ExportRows.elements(entityManager, Project.class, "participants",
				ExportRow.ids(rows));
		List<ProjectParticipant> all = participants.values().stream().flatMap(List::stream)
			.map(ProjectParticipant.class::cast).toList();
		PartyDirectory.Lookup names = parties.load(all.stream().map(ProjectParticipant::localityId).toList(),
				all.stream().map(ProjectParticipant::organisationId).toList());
		Map<Long, List<Object>> named = new HashMap<>();
		participants.forEach((id, of) -> named.put(id, of.stream().map(ProjectParticipant.class::cast).map(x -> {
			Party party = names.party(x.localityId(), x.organisationId());
			return party != null ? party : x.nameText();
		}).toList()));
		return named;
	}

	@Bean
	RecordExport<ReportedFlowTotal> reportedFlowTotalExport(PartyDirectory parties) {
		return RecordExport.of(ReportedFlowTotal.class, ReportedFlowTotalResponse.class)
			.related("vnParty", "project.vnParty", parties.partiesAt("vnLocalityId", "vnOrganisationId"))
			.country("country", "project.country", "foreignCountry")
			.text("modality", "project.modality")
			.text("metric", "project.total.metric")
			.number("amount", "project.total.amount", "amount")
			.text("currency", "project.currency")
			.text("qualifier", "project.total.qualifier")
			.date("periodFrom", "project.total.from", "periodFrom", "periodFromPrecision")
			.date("periodTo", "project.total.to", "periodTo", "periodToPrecision")
			.text("note", "record.note")
			.text("visibility", "record.visibility", "stewardship.visibility")
			.text("source", "record.source");
	}

}
