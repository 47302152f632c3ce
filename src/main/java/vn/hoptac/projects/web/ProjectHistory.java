package vn.hoptac.projects.web;

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

import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.Partnership;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.projects.AppraisalConclusion;
import vn.hoptac.projects.FlowMetric;
import vn.hoptac.projects.ProjectModality;
import vn.hoptac.projects.ProjectService;
import vn.hoptac.projects.ProposalStage;
import vn.hoptac.projects.ReportedFlowTotalService;
import vn.hoptac.shared.HistoryFields;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.sources.Citations;

/** How projects and reported totals read in their history and in the audit log: as on their page. */
@Configuration(proxyBeanMethods = false)
class ProjectHistory {

	@Bean
	HistoryFields projectFields(PartyDirectory directory, PartnershipService partnerships, IatiLabels iati,
			Citations citations) {
		HistoryFields.Shown locality = reference(directory::localityName);
		HistoryFields.Shown organisation = reference(directory::organisationName);
		return new HistoryFields(ProjectService.ENTITY, "title", List.of(field("title", "project.title", text()),
				field("description", "project.description", text()),
				field("modality", "project.modality", code(ProjectModality.class)),
				field("activityStatus", "project.status", reference(iati::status)),
				field("proposalStage", "project.proposalStage", code(ProposalStage.class)),
				field("vnLocalityId", "project.vnParty", locality),
				field("vnOrganisationId", "project.vnParty", organisation),
				field("partnershipId", "project.partnership",
						reference(id -> partnerships.findReadable(id).map(Partnership::getTitle).orElse(null))),
				field("foreignCountry", "project.country", country()),
				field("plannedStartOn", "project.plannedStart", date("plannedStartPrecision")),
				field("actualStartOn", "project.actualStart", date("actualStartPrecision")),
				field("plannedEndOn", "project.plannedEnd", date("plannedEndPrecision")),
				field("actualEndOn", "project.actualEnd", date("actualEndPrecision")),
				field("coversProjects", "project.coversProjects", text()),
				field("coversComponents", "project.coversComponents", text()),
				field("financingAgreementRef", "project.financingAgreement", text()),
				field("inKind", "project.inKind", text()), field("note", "record.note", text()),
				field("fields", "record.fields", listOf(code(CooperationField.class))),
				field("participants", "project.participants",
						listOf(parts(part("role", reference(iati::role)), part("organisationId", organisation),
								part("localityId", locality), part("nameText", text())))),
				field("sectors", "project.sectors", listOf(parts(part("code", text()), part("percentage", text())))),
				field("sdgTargets", "project.sdgTargets", listOf(text())),
				field("locations", "project.locations",
						listOf(parts(part("localityId", locality), part("communeName", text())))),
				field("budgets", "project.budgets",
						listOf(parts(part("type", reference(iati::budgetType)),
								part("periodStart", date("periodStartPrecision")),
								part("amountQualifier", code(Qualifier.class)), part("amount", text()),
								part("currency", text())))),
				field("transactions", "project.transactions",
						listOf(parts(part("type", reference(iati::transactionType)),
								part("transactionOn", date("transactionPrecision")),
								part("amountQualifier", code(Qualifier.class)), part("amount", text()),
								part("currency", text())))),
				field("appraisals", "project.appraisals",
						listOf(parts(part("appraiserOrganisationId", organisation), part("concludedOn", day()),
								part("conclusion", code(AppraisalConclusion.class))))),
				citations.historyField(), VISIBILITY));
	}

	@Bean
	HistoryFields reportedFlowTotalFields(PartyDirectory directory, Citations citations) {
		return new HistoryFields(ReportedFlowTotalService.ENTITY, "note",
				List.of(field("metric", "project.total.metric", code(FlowMetric.class)),
						field("qualifier", "project.total.qualifier", code(Qualifier.class)),
						field("amount", "project.total.amount", text()),
						field("currency", "project.currency", text()),
						field("modality", "project.modality", code(ProjectModality.class)),
						field("foreignCountry", "project.country", country()),
						field("vnLocalityId", "project.vnParty", reference(directory::localityName)),
						field("periodFrom", "project.total.from", date("periodFromPrecision")),
						field("periodTo", "project.total.to", date("periodToPrecision")),
						field("note", "record.note", text()), citations.historyField(), VISIBILITY));
	}

}
