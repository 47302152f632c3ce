package vn.hoptac.events.web;

import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.hoptac.events.Award;
import vn.hoptac.events.AwardDraft;
import vn.hoptac.events.AwardQuery;
import vn.hoptac.events.AwardService;
import vn.hoptac.shared.ApiWrites;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.RecordApi;

@RestController
@RequestMapping("/api/v1/awards")
@Tag(name = "Awards", description = "Awards received, within a membership, at an event or for a project")
class AwardApiController extends RecordApi<Award, AwardDraft, AwardRequest, AwardResponse> {

	private final AwardService awards;

	private final AwardViews views;

	AwardApiController(AwardService awards, AwardViews views) {
		super(awards, ApiWrites.of("Award", "an award"));
		this.awards = awards;
		this.views = views;
	}

	@Operation(operationId = "listAwards", summary = "List and search awards")
	@GetMapping
	PageResponse<AwardResponse> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) Long membership, @RequestParam(required = false) Long event,
			@RequestParam(required = false) Integer yearFrom, @RequestParam(required = false) Integer yearTo,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		Page<Award> found = awards.search(new AwardQuery(q, membership, event, yearFrom, yearTo),
				Paging.of(page, size, sort, Map.of("awarded", "awardedOn")));
		return PageResponse.of(found, views.of(found.getContent()));
	}

	@Operation(operationId = "getAward", summary = "Get an award")
	@GetMapping("/{id}")
	AwardResponse get(@PathVariable long id) {
		return views.of(awards.get(id));
	}

	@Override
	protected AwardResponse detail(Award award) {
		return views.of(award);
	}

}
