package vn.hoptac.projects.web;

import static vn.hoptac.shared.FormFields.trimmed;

import java.time.Year;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoptac.audit.AuditService;
import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.partners.PartyDirectory.Selection;
import vn.hoptac.projects.AppraisalConclusion;
import vn.hoptac.projects.IatiCodelist;
import vn.hoptac.projects.IatiCodes;
import vn.hoptac.projects.Project;
import vn.hoptac.projects.ProjectDraft;
import vn.hoptac.projects.ProjectModality;
import vn.hoptac.projects.ProjectQuery;
import vn.hoptac.projects.ProjectService;
import vn.hoptac.projects.ProposalStage;
import vn.hoptac.projects.ReportedFlowTotal;
import vn.hoptac.projects.ReportedFlowTotalService;
import vn.hoptac.shared.RecordFormPages;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Deletions;
import vn.hoptac.shared.Htmx;
import vn.hoptac.shared.OwnProvince;
import vn.hoptac.shared.PageLinks;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.Role;
import vn.hoptac.shared.SortLinks;
import vn.hoptac.shared.Visibility;

/**
 * The project pages: the faceted list (whose rows htmx refreshes) with the reported totals shown
 * apart, a project with its money, its audit history, and one form to create and edit. Everything
 * goes through {@link ProjectService}, as the API does.
 */
@Controller
@RequestMapping("/projects")
class ProjectPageController extends RecordFormPages<Project, ProjectDraft, ProjectForm> {

	static final Role[] WRITERS = { Role.ADMIN, Role.PROVINCE_ADMIN, Role.PROVINCE_OFFICER, Role.DEPARTMENT_FOCAL };

	/** The reported totals shown under the list: a handful per province or country. */
	private static final int REPORTED_SHOWN = 50;

	private final ProjectService projects;

	private final ReportedFlowTotalService totals;

	private final PartnershipService partnerships;

	private final PartyDirectory parties;

	private final LocalityService localities;

	private final IatiCodes codes;

	private final AuditService audit;

	private final Clock clock;

	ProjectPageController(ProjectService projects, ReportedFlowTotalService totals, PartnershipService partnerships,
			PartyDirectory parties, LocalityService localities, IatiCodes codes,
			AuditService audit, Deletions deletions, Clock clock) {
		super("/projects", "projects", projects, deletions, Project::getTitle, ProjectForm::onFormFields);
		this.projects = projects;
		this.totals = totals;
		this.partnerships = partnerships;
		this.parties = parties;
		this.localities = localities;
		this.codes = codes;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) ProjectModality modality,
			@RequestParam(required = false) String status, @RequestParam(required = false) ProposalStage proposalStage,
			@RequestParam(required = false) String sector, @RequestParam(required = false) String country,
			@RequestParam(required = false) Long locality, @RequestParam(required = false) Long partnership,
			@RequestParam(required = false) Long participant, @RequestParam(required = false) CooperationField field,
			@RequestParam(required = false) Integer decade, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Integer to = decade == null ? null : decade + 9;
		Long place = OwnProvince.orRequested(request, locality);
		var query = new ProjectQuery(q, modality, trimmed(status), proposalStage, trimmed(sector),
				trimmed(country), place, partnership, participant, field, decade, to);
		Page<Project> found = projects.search(query,
				Paging.of(page, size, trimmed(sort), ProjectApiController.SORT_KEYS));
		String lastPage = PageLinks.lastPageInstead(found, request, p -> projects.search(query, p));
		if (lastPage != null) {
			return "redirect:" + lastPage;
		}
		model.addAttribute("found", found.getContent());
		model.addAttribute("pages", PageLinks.of(found, request));
		model.addAttribute("sorts", SortLinks.of(request, sort));
		model.addAttribute("names", ProjectNames.of(parties, found.getContent()));
		model.addAttribute("filters", new Filters(q, modality, trimmed(status), proposalStage, trimmed(sector),
				trimmed(country), place, partnership, participant, field, decade, trimmed(sort)));
		model.addAttribute("ownProvince", place != null && locality == null ? localities.get(place) : null);
		boolean fragment = Htmx.wantsFragment(request, response);
		boolean ownForm = fragment && Htmx.targets(request, "project-rows");
		model.addAttribute("facetsOutOfBand", ownForm);
		if (!fragment || ownForm) {
			model.addAttribute("facets", projects.facetCounts(query));
			model.addAttribute("countryOptions", projects.foreignCountries());
			model.addAttribute("provinceOptions", parties.currentProvinces());
			model.addAttribute("decadeOptions", decades(Year.now(clock)));
			model.addAttribute("sectorCategoryOptions", codes.active(IatiCodelist.SECTOR_CATEGORY));
			addCodelists(model);
		}
		if (fragment) {
			return "projects/list :: rows";
		}
		Page<ReportedFlowTotal> reported = totals.search(place, trimmed(country), modality, null,
				PageRequest.of(0, REPORTED_SHOWN, Sort.by("id")));
		model.addAttribute("reported", reported.getContent());
		model.addAttribute("reportedNames",
				parties.load(reported.getContent().stream().map(ReportedFlowTotal::getVnLocalityId).toList(),
						reported.getContent().stream().map(ReportedFlowTotal::getVnOrganisationId).toList()));
		model.addAttribute("participantParty", participant == null ? null
				: parties.load(List.of(), List.of(participant)).party(null, participant));
		return "projects/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Project project = projects.get(id);
		model.addAttribute("project", project);
		model.addAttribute("names", ProjectNames.of(parties, List.of(project)));
		model.addAttribute("sectorNames", codes.of(IatiCodelist.SECTOR));
		model.addAttribute("targetNames", codes.of(IatiCodelist.SDG_TARGET));
		model.addAttribute("partnership", project.getPartnershipId() == null ? null
				: partnerships.findReadable(project.getPartnershipId()).orElse(null));
		model.addAttribute("canEdit", canEdit(project.getStewardship()));
		model.addAttribute("canDelete", canDelete(project.getStewardship()));
		return "projects/detail";
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		Project project = projects.get(id);
		model.addAttribute("project", project);
		model.addAttribute("events", audit.historyOf(ProjectService.ENTITY, id));
		return "projects/history";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		Access.checkRole(WRITERS);
		ProjectForm form = ProjectForm.blank();
		form.setVnParty(PartyDirectory.ownParty(Access.required()));
		return form(form, null, model);
	}

	@Override
	protected ProjectForm formOf(Project project) {
		return ProjectForm.of(project, localityId -> localities.get(localityId).getCode());
	}

	@Override
	protected String form(ProjectForm form, Project existing, Model model) {
		List<Selection> chosen = Stream
			.of(Stream.of(form.getVnParty()), form.getParticipants().stream().map(ProjectForm.ParticipantRow::getParty),
					form.getAppraisals().stream().map(ProjectForm.AppraisalRow::getAppraiser),
					form.getTransactions().stream().flatMap(t -> Stream.of(t.getProvider(), t.getReceiver())))
			.flatMap(keys -> keys)
			.map(key -> Selection.parse(key).orElse(Selection.NONE))
			.toList();
		// the pickers start with the chosen parties only and search for others (PartyOptionsController)
		PartyDirectory.Chosen choices = parties.chosen(chosen);
		model.addAttribute("form", form);
		model.addAttribute("id", existing == null ? null : existing.getId());
		model.addAttribute("project", existing);
		model.addAttribute("vnChoices", choices.vn());
		model.addAttribute("foreignChoices", choices.foreign());
		model.addAttribute("partnershipOptions", partnerships.formOptions(form.getPartnershipId()));
		model.addAttribute("sectorOptions", codes.active(IatiCodelist.SECTOR));
		model.addAttribute("currencyOptions", codes.active(IatiCodelist.CURRENCY));
		model.addAttribute("roleOptions", codes.active(IatiCodelist.ORGANISATION_ROLE));
		model.addAttribute("transactionTypeOptions", codes.active(IatiCodelist.TRANSACTION_TYPE));
		model.addAttribute("budgetTypeOptions", codes.active(IatiCodelist.BUDGET_TYPE));
		model.addAttribute("budgetStatusOptions", codes.active(IatiCodelist.BUDGET_STATUS));
		model.addAttribute("qualifierOptions", Qualifier.values());
		model.addAttribute("stageOptions", ProposalStage.values());
		model.addAttribute("conclusionOptions", AppraisalConclusion.values());
		addCodelists(model);
		return "projects/form";
	}

	@Override
	protected ProjectDraft draft(ProjectForm form) {
		return form.toDraft(this::localityIdByCode, projects::check);
	}

	private Optional<Long> localityIdByCode(String code) {
		return localities.findByCode(code).map(Locality::getId);
	}

	private void addCodelists(Model model) {
		model.addAttribute("modalityOptions", ProjectModality.values());
		model.addAttribute("statusOptions", codes.active(IatiCodelist.ACTIVITY_STATUS));
		model.addAttribute("fieldOptions", CooperationField.values());
		model.addAttribute("visibilityOptions", Visibility.values());
	}

	/** The list's current filters, to show them selected in the facets. */
	record Filters(String q, ProjectModality modality, String status, ProposalStage proposalStage, String sector,
			String country, Long locality, Long partnership, Long participant, CooperationField field, Integer decade,
			String sort) {

		public boolean narrowed() {
			return q != null && !q.isBlank() || modality != null || status != null || proposalStage != null
					|| sector != null || country != null || locality != null || partnership != null
					|| participant != null || field != null || decade != null;
		}

	}

}
