package vn.hoptac.events.web;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;

import vn.hoptac.events.Award;
import vn.hoptac.events.AwardQuery;
import vn.hoptac.events.AwardService;
import vn.hoptac.events.Membership;
import vn.hoptac.events.MembershipDraft;
import vn.hoptac.events.MembershipKind;
import vn.hoptac.events.MembershipQuery;
import vn.hoptac.events.MembershipService;
import vn.hoptac.events.MembershipStatus;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.ApiResponses;
import vn.hoptac.shared.ApiWrites;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.RecordApi;

@RestController
@RequestMapping("/api/v1/memberships")
@Tag(name = "Memberships", description = "Memberships of international networks, with the roles held and the awards received")
class MembershipApiController extends RecordApi<Membership, MembershipDraft, MembershipRequest, MembershipResponse> {

	/** Awards a membership's detail lists; more are paged at /memberships/{id}/awards. */
	static final int AWARDS_SHOWN = 100;

	private final MembershipService memberships;

	private final AwardService awards;

	private final PartyDirectory parties;

	private final AwardViews awardViews;

	MembershipApiController(MembershipService memberships, AwardService awards, PartyDirectory parties,
			AwardViews awardViews) {
		super(memberships, ApiWrites.of("Membership", "a membership")
			.deleted("Delete a membership (administrators; province administrators in their province). "
					+ "With the version read, a stale one is a 409; one with awards is a 409 naming them."));
		this.memberships = memberships;
		this.awards = awards;
		this.parties = parties;
		this.awardViews = awardViews;
	}

	@Operation(operationId = "listMemberships", summary = "List and search memberships")
	@GetMapping
	PageResponse<MembershipResponse> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) Long locality, @RequestParam(required = false) Long network,
			@RequestParam(required = false) MembershipKind kind, @RequestParam(required = false) MembershipStatus status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		Page<Membership> found = memberships.search(new MembershipQuery(q, locality, network, kind, status),
				Paging.of(page, size, sort, Map.of("since", "sinceOn")));
		PartyDirectory.Lookup names = lookup(found.getContent());
		return PageResponse.of(found, m -> MembershipResponse.of(m, names, null, null));
	}

	@Operation(operationId = "getMembership", summary = "Get a membership with its roles and awards")
	@GetMapping("/{id}")
	MembershipResponse get(@PathVariable long id) {
		return detail(memberships.get(id));
	}

	@Operation(operationId = "listMembershipAwards", summary = "The awards received within a membership")
	@GetMapping("/{id}/awards")
	PageResponse<AwardResponse> awards(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		memberships.get(id);
		Page<Award> found = awards.search(new AwardQuery(null, id, null, null, null),
				Paging.of(page, size, null, Map.of()));
		return PageResponse.of(found, awardViews.of(found.getContent()));
	}

	@Operation(operationId = "createMembershipAward", summary = "Record an award received within a membership")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{id}/awards")
	ResponseEntity<AwardResponse> createAward(@PathVariable long id, @Valid @RequestBody AwardRequest request) {
		memberships.get(id);
		Award created = awards.create(request.toDraft().forMembership(id));
		return ApiResponses.created(created.getId(), awardViews.of(created));
	}

	@Override
	protected MembershipResponse detail(Membership membership) {
		List<Award> received = awards
			.search(new AwardQuery(null, membership.getId(), null, null, null),
					PageRequest.of(0, AWARDS_SHOWN, Sort.by("awardedOn", "id")))
			.getContent();
		return MembershipResponse.of(membership, lookup(List.of(membership)), awardViews.of(received),
				awardViews.citations(membership.getSource()));
	}

	private PartyDirectory.Lookup lookup(List<Membership> all) {
		return parties.load(all.stream().map(Membership::getMemberLocalityId).toList(),
				all.stream()
					.flatMap(m -> java.util.stream.Stream.of(m.getNetworkOrganisationId(), m.getMemberOrganisationId()))
					.toList());
	}

}
