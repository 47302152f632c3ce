package vn.hoptac.events.web;

import static vn.hoptac.shared.FormFields.trimmed;

import java.time.Year;
import java.time.Clock;
import java.util.List;
import java.util.Map;
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
import vn.hoptac.events.Award;
import vn.hoptac.events.AwardDraft;
import vn.hoptac.events.AwardQuery;
import vn.hoptac.events.AwardService;
import vn.hoptac.events.EventQuery;
import vn.hoptac.events.EventService;
import vn.hoptac.events.MembershipQuery;
import vn.hoptac.events.MembershipService;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.RecordFormPages;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Deletions;
import vn.hoptac.shared.Htmx;
import vn.hoptac.shared.PageLinks;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.SortLinks;
import vn.hoptac.shared.Visibility;

/**
 * The award pages: the list (narrowed by decade), an award, its audit history, one form to create
 * (also from a membership or an event, which it then belongs to) and edit, and the delete step.
 */
@Controller
@RequestMapping("/awards")
class AwardPageController extends RecordFormPages<Award, AwardDraft, AwardForm> {

	static final String ENTITY = "award";

	/** The memberships and events a form offers an award to belong to. */
	private static final int CHOICES = 200;

	private final AwardService awards;

	private final MembershipService memberships;

	private final EventService events;

	private final PartyDirectory parties;

	private final Pickers pickers;

	private final AuditService audit;

	private final Clock clock;

	AwardPageController(AwardService awards, MembershipService memberships, EventService events,
			PartyDirectory parties, Pickers pickers, AuditService audit, Deletions deletions, Clock clock) {
		super("/awards", "award", awards, deletions, Award::getTitle, AwardForm::onFormFields);
		this.awards = awards;
		this.memberships = memberships;
		this.events = events;
		this.parties = parties;
		this.pickers = pickers;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer decade,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		var query = new AwardQuery(q, null, null, decade, decade == null ? null : decade + 9);
		Page<Award> found = awards.search(query, Paging.of(page, size, trimmed(sort), Map.of("awarded", "awardedOn")));
		String lastPage = PageLinks.lastPageInstead(found, request, p -> awards.search(query, p));
		if (lastPage != null) {
			return "redirect:" + lastPage;
		}
		model.addAttribute("found", found.getContent());
		model.addAttribute("pages", PageLinks.of(found, request));
		model.addAttribute("sorts", SortLinks.of(request, sort));
		model.addAttribute("parties", lookup(found.getContent()));
		model.addAttribute("filters", new Filters(q, decade, trimmed(sort)));
		model.addAttribute("decadeOptions", decades(Year.now(clock)));
		return Htmx.wantsFragment(request, response) ? "awards/list :: rows" : "awards/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Award award = awards.get(id);
		model.addAttribute("award", award);
		model.addAttribute("parties", lookup(List.of(award)));
		model.addAttribute("membership",
				award.getMembershipId() == null ? null : memberships.findReadable(award.getMembershipId()).orElse(null));
		model.addAttribute("event",
				award.getEventId() == null ? null : events.findReadable(award.getEventId()).orElse(null));
		model.addAttribute("canEdit", canEdit(award.getStewardship()));
		model.addAttribute("canDelete", canDelete(award.getStewardship()));
		return "awards/detail";
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		model.addAttribute("award", awards.get(id));
		model.addAttribute("events", audit.historyOf(ENTITY, id));
		return "awards/history";
	}

	/** A blank form; opened from a membership or an event, the award belongs to it. */
	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long membership, @RequestParam(required = false) Long event,
			Model model) {
		Access.checkRole(EventsPages.WRITERS);
		return form(AwardForm.blank(membership, event), null, model);
	}

	@Override
	protected AwardForm formOf(Award record) {
		return AwardForm.of(record);
	}


	@Override
	protected AwardDraft draft(AwardForm form) {
		return form.toDraft(pickers, awards::check);
	}

	@Override
	protected String form(AwardForm form, Award existing, Model model) {
		pickers.offer(model, form.getVnParty(), form.getAwardedByParty());
		model.addAttribute("form", form);
		model.addAttribute("award", existing);
		model.addAttribute("id", existing == null ? null : existing.getId());
		PageRequest first = PageRequest.of(0, CHOICES, Sort.by("sortKey"));
		model.addAttribute("membershipOptions",
				memberships.search(new MembershipQuery(null, null, null, null, null), first).getContent());
		model.addAttribute("eventOptions",
				events.search(new EventQuery(null, null, null, null, null, null, null, null), first).getContent());
		model.addAttribute("visibilityOptions", Visibility.values());
		return "awards/form";
	}

	private PartyDirectory.Lookup lookup(List<Award> all) {
		return parties.load(all.stream().map(Award::getVnLocalityId).toList(),
				all.stream().flatMap(a -> Stream.of(a.getVnOrganisationId(), a.getAwardedByOrganisationId())).toList());
	}

	/** The list's current filters. */
	record Filters(String q, Integer decade, String sort) {

		public boolean narrowed() {
			return q != null && !q.isBlank() || decade != null;
		}

	}

}
