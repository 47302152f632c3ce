package vn.hoptac.events.web;

import static vn.hoptac.shared.FormFields.trimmed;

import java.time.Year;
import java.time.Clock;
import java.util.List;

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
import vn.hoptac.events.AwardQuery;
import vn.hoptac.events.AwardService;
import vn.hoptac.events.Membership;
import vn.hoptac.events.MembershipDraft;
import vn.hoptac.events.MembershipKind;
import vn.hoptac.events.MembershipQuery;
import vn.hoptac.events.MembershipService;
import vn.hoptac.events.MembershipStatus;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.RecordFormPages;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Deletions;
import vn.hoptac.shared.Htmx;
import vn.hoptac.shared.OwnProvince;
import vn.hoptac.shared.PageLinks;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.SortLinks;
import vn.hoptac.shared.Visibility;

/**
 * The membership pages: the faceted list, a membership with its roles and the awards received within
 * it, its audit history, one form to create and edit, and the delete step; through
 * {@link MembershipService}, as the API.
 */
@Controller
@RequestMapping("/memberships")
class MembershipPageController extends RecordFormPages<Membership, MembershipDraft, MembershipForm> {

	static final String ENTITY = "membership";

	private final MembershipService memberships;

	private final AwardService awards;

	private final PartyDirectory parties;

	private final LocalityService localities;

	private final Pickers pickers;

	private final AuditService audit;

	private final Clock clock;

	MembershipPageController(MembershipService memberships, AwardService awards, PartyDirectory parties,
			LocalityService localities, Pickers pickers, AuditService audit, Deletions deletions, Clock clock) {
		super("/memberships", "membership", memberships, deletions, Membership::getTitle, MembershipForm::onFormFields);
		this.memberships = memberships;
		this.awards = awards;
		this.parties = parties;
		this.localities = localities;
		this.pickers = pickers;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long locality,
			@RequestParam(required = false) Long network, @RequestParam(required = false) MembershipKind kind,
			@RequestParam(required = false) MembershipStatus status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Long place = OwnProvince.orRequested(request, locality);
		var query = new MembershipQuery(q, place, network, kind, status);
		Page<Membership> found = memberships.search(query,
				Paging.of(page, size, trimmed(sort), java.util.Map.of("since", "sinceOn")));
		String lastPage = PageLinks.lastPageInstead(found, request, p -> memberships.search(query, p));
		if (lastPage != null) {
			return "redirect:" + lastPage;
		}
		model.addAttribute("found", found.getContent());
		model.addAttribute("pages", PageLinks.of(found, request));
		model.addAttribute("sorts", SortLinks.of(request, sort));
		model.addAttribute("parties", lookup(found.getContent()));
		model.addAttribute("filters", new Filters(q, place, network, kind, status, trimmed(sort)));
		model.addAttribute("ownProvince", place != null && locality == null ? localities.get(place) : null);
		boolean fragment = Htmx.wantsFragment(request, response);
		boolean ownForm = fragment && Htmx.targets(request, "membership-rows");
		model.addAttribute("facetsOutOfBand", ownForm);
		if (!fragment || ownForm) {
			model.addAttribute("facets", memberships.facetCounts(query));
			model.addAttribute("provinceOptions", parties.currentProvinces());
			model.addAttribute("decadeOptions", decades(Year.now(clock)));
			addCodelists(model);
		}
		return fragment ? "memberships/list :: rows" : "memberships/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Membership membership = memberships.get(id);
		model.addAttribute("membership", membership);
		model.addAttribute("parties", lookup(List.of(membership)));
		model.addAttribute("awards", awards
			.search(new AwardQuery(null, id, null, null, null),
					PageRequest.of(0, MembershipApiController.AWARDS_SHOWN, Sort.by("awardedOn", "id")))
			.getContent());
		model.addAttribute("canEdit", canEdit(membership.getStewardship()));
		model.addAttribute("canDelete", canDelete(membership.getStewardship()));
		return "memberships/detail";
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		model.addAttribute("membership", memberships.get(id));
		model.addAttribute("events", audit.historyOf(ENTITY, id));
		return "memberships/history";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		Access.checkRole(EventsPages.WRITERS);
		return form(MembershipForm.blank(PartyDirectory.ownParty(Access.required())), null, model);
	}

	@Override
	protected MembershipForm formOf(Membership record) {
		return MembershipForm.of(record);
	}


	@Override
	protected MembershipDraft draft(MembershipForm form) {
		return form.toDraft(pickers, memberships::check);
	}

	@Override
	protected String form(MembershipForm form, Membership existing, Model model) {
		pickers.offer(model, form.getMemberParty(), form.getNetworkParty());
		model.addAttribute("form", form);
		model.addAttribute("membership", existing);
		model.addAttribute("id", existing == null ? null : existing.getId());
		addCodelists(model);
		return "memberships/form";
	}

	private PartyDirectory.Lookup lookup(List<Membership> all) {
		return parties.load(all.stream().map(Membership::getMemberLocalityId).toList(),
				all.stream()
					.flatMap(m -> java.util.stream.Stream.of(m.getNetworkOrganisationId(), m.getMemberOrganisationId()))
					.toList());
	}

	private static void addCodelists(Model model) {
		model.addAttribute("kindOptions", MembershipKind.values());
		model.addAttribute("statusOptions", MembershipStatus.values());
		model.addAttribute("visibilityOptions", Visibility.values());
	}

	/** The list's current filters, to show them selected in the facets. */
	record Filters(String q, Long locality, Long network, MembershipKind kind, MembershipStatus status, String sort) {

		public boolean narrowed() {
			return q != null && !q.isBlank() || locality != null || network != null || kind != null || status != null;
		}

	}

}
