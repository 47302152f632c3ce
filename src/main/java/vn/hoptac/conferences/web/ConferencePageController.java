package vn.hoptac.conferences.web;

import static vn.hoptac.shared.FormFields.trimmed;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoptac.audit.AuditService;
import vn.hoptac.conferences.ApprovingAuthority;
import vn.hoptac.conferences.Conference;
import vn.hoptac.conferences.ConferenceDraft;
import vn.hoptac.conferences.ConferenceKind;
import vn.hoptac.conferences.ConferenceQuery;
import vn.hoptac.conferences.ConferenceService;
import vn.hoptac.conferences.ConferenceStage;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.partners.PartyDirectory.Selection;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Deletions;
import vn.hoptac.shared.Htmx;
import vn.hoptac.shared.OwnProvince;
import vn.hoptac.shared.PageLinks;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.RecordFormPages;
import vn.hoptac.shared.Role;
import vn.hoptac.shared.SortLinks;
import vn.hoptac.shared.Visibility;

/**
 * The conference pages: the faceted list (rows refreshed by htmx), the year's printable list for
 * the report to MOFA, a conference with its dossier path, its audit history, one form to create
 * and edit, and the delete with its confirmation. Everything goes through {@link ConferenceService}.
 */
@Controller
@RequestMapping("/conferences")
class ConferencePageController extends RecordFormPages<Conference, ConferenceDraft, ConferenceForm> {

	static final String ENTITY = "conference";

	static final Role[] WRITERS = { Role.ADMIN, Role.PROVINCE_ADMIN, Role.PROVINCE_OFFICER, Role.DEPARTMENT_FOCAL };

	/** The year's list is printed whole: up to this many conferences. */
	private static final int YEAR_LIST_SIZE = Paging.MAX_SIZE;

	private final ConferenceService conferences;

	private final PartnershipService partnerships;

	private final PartyDirectory parties;

	private final LocalityService localities;

	private final AuditService audit;

	private final Clock clock;

	ConferencePageController(ConferenceService conferences, PartnershipService partnerships, PartyDirectory parties,
			LocalityService localities, AuditService audit, Deletions deletions, Clock clock) {
		super("/conferences", "conference", conferences, deletions, Conference::getTitle, ConferenceForm::onFormFields);
		this.conferences = conferences;
		this.partnerships = partnerships;
		this.parties = parties;
		this.localities = localities;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
			@RequestParam(required = false) Long locality, @RequestParam(required = false) Long partnership,
			@RequestParam(required = false) ConferenceKind kind, @RequestParam(required = false) ConferenceStage stage,
			@RequestParam(required = false) ApprovingAuthority authority,
			@RequestParam(required = false) CooperationField field, @RequestParam(required = false) Integer decade,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Long place = OwnProvince.orRequested(request, locality);
		var query = new ConferenceQuery(q, trimmed(country), place, partnership, kind, stage, authority, field,
				decade, decade == null ? null : decade + 9);
		Page<Conference> found = conferences.search(query,
				Paging.of(page, size, trimmed(sort), ConferenceApiController.SORT_KEYS));
		String lastPage = PageLinks.lastPageInstead(found, request, p -> conferences.search(query, p));
		if (lastPage != null) {
			return "redirect:" + lastPage;
		}
		model.addAttribute("found", found.getContent());
		model.addAttribute("names", names(found.getContent()));
		model.addAttribute("pages", PageLinks.of(found, request));
		model.addAttribute("sorts", SortLinks.of(request, sort));
		model.addAttribute("filters", new Filters(q, trimmed(country), place, partnership, kind, stage,
				authority, field, decade, trimmed(sort)));
		model.addAttribute("ownProvince", place != null && locality == null ? localities.get(place) : null);
		model.addAttribute("thisYear", Year.now(clock).getValue());
		boolean fragment = Htmx.wantsFragment(request, response);
		boolean ownForm = fragment && Htmx.targets(request, "conference-rows");
		model.addAttribute("facetsOutOfBand", ownForm);
		if (!fragment || ownForm) {
			model.addAttribute("facets", conferences.facetCounts(query));
			model.addAttribute("countryOptions", conferences.foreignCountries());
			model.addAttribute("provinceOptions", parties.currentProvinces());
			model.addAttribute("decadeOptions", decades(Year.now(clock)));
			addCodelists(model);
		}
		return fragment ? "conferences/list :: rows" : "conferences/list";
	}

	/** The conferences held in the year that the reader may see, as the report to MOFA lists them: printable. */
	@GetMapping("/year/{year}")
	String year(@PathVariable int year, @RequestParam(required = false) Long locality, HttpServletRequest request,
			Model model) {
		Long place = OwnProvince.orRequested(request, locality);
		List<Conference> held = new ArrayList<>();
		for (ConferenceStage stage : List.of(ConferenceStage.HELD, ConferenceStage.REPORTED)) {
			held.addAll(conferences.search(new ConferenceQuery(null, null, place, null, null, stage, null, null, year,
					year), Paging.of(0, YEAR_LIST_SIZE, Sort.by("startOn", "sortKey"))).getContent());
		}
		held.sort(java.util.Comparator.comparing(Conference::getStartOn,
				java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
		model.addAttribute("year", year);
		model.addAttribute("found", held);
		model.addAttribute("names", names(held));
		model.addAttribute("ownProvince", place == null ? null : localities.get(place));
		return "conferences/year";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Conference conference = conferences.get(id);
		model.addAttribute("conference", conference);
		model.addAttribute("names", names(List.of(conference)));
		model.addAttribute("partnership", conference.getPartnershipId() == null ? null
				: partnerships.findReadable(conference.getPartnershipId()).orElse(null));
		model.addAttribute("canEdit", canEdit(conference.getStewardship()));
		model.addAttribute("canDelete", canDelete(conference.getStewardship()));
		return "conferences/detail";
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		Conference conference = conferences.get(id);
		model.addAttribute("conference", conference);
		model.addAttribute("events", audit.historyOf(ENTITY, id));
		return "conferences/history";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		Access.checkRole(WRITERS);
		var actor = Access.required();
		return form(ConferenceForm.blank(PartyDirectory.ownParty(actor),
				actor.role().isProvincial() ? actor.provinceId() : null), null, model);
	}

	@Override
	protected ConferenceForm formOf(Conference record) {
		return ConferenceForm.of(record);
	}


	@Override
	protected ConferenceDraft draft(ConferenceForm form) {
		return form.toDraft(conferences::check);
	}

	@Override
	protected String form(ConferenceForm form, Conference existing, Model model) {
		Selection organiser = Selection.parse(form.getOrganiser()).orElse(Selection.NONE);
		Selection foreign = Selection.parse(form.getForeignParty()).orElse(Selection.NONE);
		// the pickers start with the chosen parties only and search for others (PartyOptionsController)
		PartyDirectory.Lookup chosen = parties.loadReadable(java.util.Arrays.asList(foreign.localityId()),
				java.util.Arrays.asList(organiser.organisationId(), foreign.organisationId()));
		PartyDirectory.Choices vn = PartyDirectory.Choices.NONE;
		var organiserParty = chosen.party(null, organiser.organisationId());
		if (organiserParty != null) {
			vn = vn.including(organiserParty);
		}
		PartyDirectory.Choices foreignChoices = PartyDirectory.Choices.NONE;
		var foreignPartyChosen = chosen.party(foreign.localityId(), foreign.organisationId());
		if (foreignPartyChosen != null) {
			foreignChoices = foreignChoices.including(foreignPartyChosen);
		}
		model.addAttribute("form", form);
		model.addAttribute("id", existing == null ? null : existing.getId());
		model.addAttribute("conference", existing);
		model.addAttribute("vnChoices", vn);
		model.addAttribute("foreignChoices", foreignChoices);
		model.addAttribute("noChoices", PartyDirectory.Choices.NONE);
		model.addAttribute("provinceOptions", parties.currentProvinces());
		model.addAttribute("partnershipOptions", partnerships.formOptions(form.getPartnershipId()));
		addCodelists(model);
		return "conferences/form";
	}

	/** The parties of the conferences, named in one lookup. */
	private PartyDirectory.Lookup names(List<Conference> all) {
		return parties.load(all.stream().flatMap(c -> Stream.of(c.getVnLocalityId(), c.getForeignLocalityId())).toList(),
				all.stream()
					.flatMap(c -> Stream.of(c.getOrganiserOrganisationId(), c.getForeignOrganisationId()))
					.toList());
	}

	private static void addCodelists(Model model) {
		model.addAttribute("kindOptions", ConferenceKind.values());
		model.addAttribute("stageOptions", ConferenceStage.values());
		model.addAttribute("authorityOptions", ApprovingAuthority.values());
		model.addAttribute("qualifierOptions", Qualifier.values());
		model.addAttribute("fieldOptions", CooperationField.values());
		model.addAttribute("visibilityOptions", Visibility.values());
	}

	/** The list's current filters, to show them selected in the facets. */
	record Filters(String q, String country, Long locality, Long partnership, ConferenceKind kind,
			ConferenceStage stage, ApprovingAuthority authority, CooperationField field, Integer decade, String sort) {

		public boolean narrowed() {
			return q != null && !q.isBlank() || country != null || locality != null || partnership != null
					|| kind != null || stage != null || authority != null || field != null || decade != null;
		}

	}

}
