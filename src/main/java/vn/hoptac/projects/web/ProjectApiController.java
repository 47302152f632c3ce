package vn.hoptac.projects.web;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.projects.IatiCodelist;
import vn.hoptac.projects.IatiCodes;
import vn.hoptac.projects.Project;
import vn.hoptac.projects.ProjectDraft;
import vn.hoptac.projects.ProjectModality;
import vn.hoptac.projects.ProjectQuery;
import vn.hoptac.projects.ProjectService;
import vn.hoptac.projects.ProposalStage;
import vn.hoptac.shared.ApiWrites;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.RecordApi;
import vn.hoptac.sources.CitationResponse;
import vn.hoptac.sources.Citations;

@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects", description = "Projects and programmes with participants, sectors, budgets and transactions")
class ProjectApiController extends RecordApi<Project, ProjectDraft, ProjectRequest, ProjectResponse> {

	static final Map<String, String> SORT_KEYS = Map.of("start", "startOn");

	private final ProjectService projects;

	private final PartyDirectory parties;

	private final IatiCodes codes;

	private final Citations citations;

	ProjectApiController(ProjectService projects, PartyDirectory parties, IatiCodes codes, Citations citations) {
		super(projects, ApiWrites.of("Project", "a project"));
		this.projects = projects;
		this.parties = parties;
		this.codes = codes;
		this.citations = citations;
	}

	@Operation(operationId = "listProjects", summary = "List and search projects. status=1 is the proposals pipeline; "
			+ "participant is an organisation id (any role); sector a DAC 5-digit code or 3-digit category")
	@GetMapping
	@Transactional(readOnly = true) // the page, its participants and their names: one read
	PageResponse<ProjectListItem> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) ProjectModality modality, @RequestParam(required = false) String status,
			@RequestParam(required = false) ProposalStage proposalStage, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String country, @RequestParam(required = false) Long locality,
			@RequestParam(required = false) Long partnership, @RequestParam(required = false) Long participant,
			@RequestParam(required = false) CooperationField field, @RequestParam(required = false) Integer yearFrom,
			@RequestParam(required = false) Integer yearTo, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		var query = new ProjectQuery(q, modality, status, proposalStage, sector, country, locality, partnership,
				participant, field, yearFrom, yearTo);
		Page<Project> found = projects.search(query, Paging.of(page, size, sort, SORT_KEYS));
		PartyDirectory.Lookup names = ProjectNames.of(parties, found.getContent());
		return PageResponse.of(found, p -> ProjectListItem.of(p, names));
	}

	@Operation(operationId = "getProject", summary = "Get a project")
	@GetMapping("/{id}")
	ProjectResponse get(@PathVariable long id) {
		return detail(projects.get(id));
	}

	@Override
	protected ProjectResponse detail(Project project) {
		return ProjectResponse.of(project, ProjectNames.of(parties, List.of(project)), codes.of(IatiCodelist.SECTOR),
				CitationResponse.of(citations.of(project.getSource())));
	}

}
