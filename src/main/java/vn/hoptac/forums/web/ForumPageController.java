package vn.hoptac.forums.web;

import static vn.hoptac.shared.FormFields.trimmed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoptac.audit.AuditService;
import vn.hoptac.forums.FollowUpProgress;
import vn.hoptac.forums.Forum;
import vn.hoptac.forums.ForumActionStatus;
import vn.hoptac.forums.ForumDraft;
import vn.hoptac.forums.ForumKind;
import vn.hoptac.forums.ForumParticipant;
import vn.hoptac.forums.ForumQuery;
import vn.hoptac.forums.ForumService;
import vn.hoptac.partners.Pillar;
import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Deletions;
import vn.hoptac.shared.FacetCounts;
import vn.hoptac.shared.Htmx;
import vn.hoptac.shared.OwnProvince;
import vn.hoptac.shared.PageLinks;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.RecordFormPages;
import vn.hoptac.shared.Role;
import vn.hoptac.shared.SortLinks;
import vn.hoptac.shared.Visibility;

/**
 * The forum pages: the faceted list (htmx refreshes its rows), a forum with its participants by
 * pillar, decisions and follow-ups, its history, one form to create and edit, and the delete step;
 * through {@link ForumService}, as the API.
 */
@Controller
@RequestMapping("/forums")
class ForumPageController extends RecordFormPages<Forum, ForumDraft, ForumForm> {

	static final Role[] WRITERS = { Role.ADMIN, Role.PROVINCE_ADMIN, Role.PROVINCE_OFFICER, Role.DEPARTMENT_FOCAL };

	private final ForumService forums;

	private final PartnershipService partnerships;

	private final PartyDirectory parties;

	private final LocalityService localities;

	private final AuditService audit;

	private final Clock clock;

	ForumPageController(ForumService forums, PartnershipService partnerships, PartyDirectory parties,
			LocalityService localities, AuditService audit, Deletions deletions, Clock clock) {
		super("/forums", "forum", forums, deletions, Forum::getTitle, ForumForm::onFormFields);
		this.forums = forums;
		this.partnerships = partnerships;
		this.parties = parties;
		this.localities = localities;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long locality,
			@RequestParam(required = false) ForumKind kind, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Pillar pillar, @RequestParam(required = false) FollowUpProgress followUps,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Long place = OwnProvince.orRequested(request, locality);
		var query = new ForumQuery(q, place, null, kind, year, pillar, followUps);
		Page<Forum> found = forums.rows(query, Paging.of(page, size, trimmed(sort), ForumApiController.SORT_KEYS));
		String lastPage = PageLinks.lastPageInstead(found, request, p -> forums.rows(query, p));
		if (lastPage != null) {
			return "redirect:" + lastPage;
		}
		model.addAttribute("found", found.getContent());
		model.addAttribute("pages", PageLinks.of(found, request));
		model.addAttribute("sorts", SortLinks.of(request, sort));
		model.addAttribute("parties",
				parties.load(found.getContent().stream().map(Forum::getVnLocalityId).toList(), List.of()));
		model.addAttribute("filters", new Filters(q, place, kind, year, pillar, followUps, trimmed(sort)));
		model.addAttribute("ownProvince", place != null && locality == null ? localities.get(place) : null);
		boolean fragment = Htmx.wantsFragment(request, response);
		boolean ownForm = fragment && Htmx.targets(request, "forum-rows");
		model.addAttribute("facetsOutOfBand", ownForm);
		if (!fragment || ownForm) {
			FacetCounts facets = forums.facetCounts(query);
			model.addAttribute("facets", facets);
			model.addAttribute("yearOptions", years(facets, year));
			model.addAttribute("provinceOptions", parties.currentProvinces());
			addCodelists(model);
		}
		return fragment ? "forums/list :: rows" : "forums/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Forum forum = forums.get(id);
		model.addAttribute("forum", forum);
		model.addAttribute("parties", ForumApiController.lookup(parties, List.of(forum)));
		model.addAttribute("byPillar", byPillar(forum));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("partnership", forum.getPartnershipId() == null ? null
				: partnerships.findReadable(forum.getPartnershipId()).orElse(null));
		model.addAttribute("canEdit", canEdit(forum.getStewardship()));
		model.addAttribute("canDelete", canDelete(forum.getStewardship()));
		return "forums/detail";
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		model.addAttribute("forum", forums.get(id));
		model.addAttribute("events", audit.historyOf(ForumService.ENTITY, id));
		return "forums/history";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		Access.checkRole(WRITERS);
		return form(ForumForm.blank(Access.required().provinceId()), null, model);
	}

	@Override
	protected ForumForm formOf(Forum record) {
		return ForumForm.of(record);
	}


	@Override
	protected ForumDraft draft(ForumForm form) {
		return form.toDraft(code -> localities.findByCode(code).map(Locality::getId), forums::check);
	}

	@Override
	protected String form(ForumForm form, Forum existing, Model model) {
		PartyDirectory.Chosen chosen = parties
			.chosen(form.getParticipants().stream().map(ForumForm.ParticipantRow::getParty).toArray(String[]::new));
		model.addAttribute("vnChoices", chosen.vn());
		model.addAttribute("foreignChoices", chosen.foreign());
		model.addAttribute("form", form);
		model.addAttribute("forum", existing);
		model.addAttribute("id", existing == null ? null : existing.getId());
		model.addAttribute("provinceOptions", parties.currentProvinces());
		model.addAttribute("partnershipOptions", partnerships.formOptions(form.getPartnershipId()));
		addCodelists(model);
		return "forums/form";
	}

	/** The participants under each pillar, in the pillars' order. */
	private static Map<Pillar, List<ForumParticipant>> byPillar(Forum forum) {
		Map<Pillar, List<ForumParticipant>> grouped = new EnumMap<>(Pillar.class);
		for (Pillar pillar : Pillar.values()) {
			List<ForumParticipant> of = forum.getParticipants().stream().filter(p -> p.pillar() == pillar).toList();
			if (!of.isEmpty()) {
				grouped.put(pillar, of);
			}
		}
		return grouped;
	}

	/** The years the list's forums were held in (and the one chosen), the latest first. */
	private static List<Integer> years(FacetCounts facets, Integer chosen) {
		var years = new java.util.TreeSet<Integer>(Comparator.reverseOrder());
		facets.byFacet().getOrDefault("year", Map.of()).keySet().stream()
			.filter(key -> key != null && key.matches("\\d{4}"))
			.map(Integer::valueOf)
			.forEach(years::add);
		if (chosen != null) {
			years.add(chosen);
		}
		return List.copyOf(years);
	}

	private static void addCodelists(Model model) {
		model.addAttribute("kindOptions", ForumKind.values());
		model.addAttribute("pillarOptions", Pillar.values());
		model.addAttribute("progressOptions", FollowUpProgress.values());
		model.addAttribute("statusOptions", ForumActionStatus.values());
		model.addAttribute("visibilityOptions", Visibility.values());
	}

	/** The list's current filters, to show them selected in the facets. */
	record Filters(String q, Long locality, ForumKind kind, Integer year, Pillar pillar, FollowUpProgress followUps,
			String sort) {

		public boolean narrowed() {
			return q != null && !q.isBlank() || locality != null || kind != null || year != null || pillar != null
					|| followUps != null;
		}

	}

}
