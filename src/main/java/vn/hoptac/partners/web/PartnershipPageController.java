package vn.hoptac.partners.web;

import static vn.hoptac.shared.FormFields.trimmed;

import java.time.Year;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

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
import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.Partnership;
import vn.hoptac.partners.PartnershipDraft;
import vn.hoptac.partners.PartnershipLevel;
import vn.hoptac.partners.PartnershipQuery;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.PartnershipStatus;
import vn.hoptac.partners.PartnershipType;
import vn.hoptac.partners.PartyDirectory.Selection;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.RecordFormPages;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ConflictException;
import vn.hoptac.shared.Deletions;
import vn.hoptac.shared.Htmx;
import vn.hoptac.shared.OwnProvince;
import vn.hoptac.shared.PageLinks;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.Role;
import vn.hoptac.shared.SortLinks;

/**
 * The partnership pages: the faceted list (whose rows htmx refreshes), a partnership with its
 * histories and milestones, its audit history, and one form to create and edit. Every read and
 * write goes through {@link PartnershipService}, as the API's do.
 */
@Controller
@RequestMapping("/partnerships")
class PartnershipPageController extends RecordFormPages<Partnership, PartnershipDraft, PartnershipForm> {

	static final String ENTITY = "partnership";

	/** Roles that may create records somewhere; the service decides where. */
	static final Role[] WRITERS = { Role.ADMIN, Role.PROVINCE_ADMIN, Role.PROVINCE_OFFICER, Role.DEPARTMENT_FOCAL };

	private static final Map<String, String> SORT_KEYS = Map.of("established", "establishedOn");

	private final PartnershipService partnerships;

	private final PartyDirectory parties;

	private final LocalityService localities;

	private final AuditService audit;

	private final Clock clock;

	PartnershipPageController(PartnershipService partnerships, PartyDirectory parties, LocalityService localities,
			AuditService audit, Clock clock, Deletions deletions) {
		super("/partnerships", ENTITY, partnerships, deletions, Partnership::getTitle, PartnershipForm::onFormFields);
		this.partnerships = partnerships;
		this.parties = parties;
		this.localities = localities;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
			@RequestParam(required = false) Long locality, @RequestParam(required = false) PartnershipType type,
			@RequestParam(required = false) PartnershipStatus status,
			@RequestParam(required = false) PartnershipLevel level,
			@RequestParam(required = false) CooperationField field, @RequestParam(required = false) Integer decade,
			@RequestParam(required = false) Integer yearFrom, @RequestParam(required = false) Integer yearTo,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Integer from = decade != null ? decade : yearFrom;
		Integer to = decade != null ? Integer.valueOf(decade + 9) : yearTo;
		Long place = OwnProvince.orRequested(request, locality);
		var query = new PartnershipQuery(q, trimmed(country), place, type, status, level, field, from, to);
		Page<Partnership> found = partnerships.search(query, Paging.of(page, size, trimmed(sort), SORT_KEYS));
		String lastPage = PageLinks.lastPageInstead(found, request, p -> partnerships.search(query, p));
		if (lastPage != null) {
			return "redirect:" + lastPage;
		}
		model.addAttribute("found", found.getContent());
		model.addAttribute("pages", PageLinks.of(found, request));
		model.addAttribute("sorts", SortLinks.of(request, sort));
		model.addAttribute("parties", lookup(found.getContent()));
		model.addAttribute("filters", new Filters(q, trimmed(country), place, type, status, level, field,
				decade, trimmed(sort)));
		model.addAttribute("ownProvince", place != null && locality == null ? localities.get(place) : null);
		boolean fragment = Htmx.wantsFragment(request, response);
		// the list's own facet form gets its facets again (counts under the new filters), out of band
		boolean ownForm = fragment && Htmx.targets(request, "partnership-rows");
		model.addAttribute("facetsOutOfBand", ownForm);
		if (!fragment || ownForm) {
			model.addAttribute("facets", partnerships.facetCounts(query));
			model.addAttribute("countryOptions", partnerships.foreignCountries());
			model.addAttribute("provinceOptions", parties.currentProvinces());
			model.addAttribute("decadeOptions", decades(Year.now(clock)));
			addCodelists(model);
		}
		return fragment ? "partnerships/list :: rows" : "partnerships/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Partnership partnership = partnerships.get(id);
		describe(partnership, model);
		return "partnerships/detail";
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		Partnership partnership = partnerships.get(id);
		describe(partnership, model);
		model.addAttribute("events", audit.historyOf(ENTITY, id));
		return "partnerships/history";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		Access.checkRole(WRITERS);
		return form(PartnershipForm.blank().withVnParty(PartyDirectory.ownParty(Access.required())), null, model);
	}

	@Override
	protected PartnershipForm formOf(Partnership partnership) {
		return PartnershipForm.of(partnership);
	}

	/** A duplicate is refused unless the form confirms it; the form then shows the duplicates found, linked. */
	@Override
	protected Partnership save(PartnershipForm form, Model model) {
		return showingDuplicates(model, () -> partnerships.create(draft(form), form.isDuplicateIntended()));
	}

	@Override
	protected void save(long id, PartnershipForm form, Model model) {
		showingDuplicates(model,
				() -> partnerships.update(id, draft(form), form.getVersion(), form.isDuplicateIntended()));
	}

	private static <V> V showingDuplicates(Model model, Supplier<V> save) {
		try {
			return save.get();
		}
		catch (ConflictException ex) {
			model.addAttribute("duplicates", ex.records());
			throw ex;
		}
	}

	private void describe(Partnership partnership, Model model) {
		PartyDirectory.Lookup names = lookup(List.of(partnership));
		model.addAttribute("partnership", partnership);
		model.addAttribute("vnParty", names.party(partnership.getVnLocalityId(), partnership.getVnOrganisationId()));
		model.addAttribute("foreignParty",
				names.party(partnership.getForeignLocalityId(), partnership.getForeignOrganisationId()));
		model.addAttribute("canEdit", canEdit(partnership.getStewardship()));
		model.addAttribute("canDelete", canDelete(partnership.getStewardship()));
	}

	@Override
	protected String form(PartnershipForm form, Partnership existing, Model model) {
		Selection vn = Selection.parse(form.getVnParty()).orElse(Selection.NONE);
		Selection foreign = Selection.parse(form.getForeignParty()).orElse(Selection.NONE);
		PartyDirectory.Lookup current = parties.loadReadable(
				Stream.of(vn.localityId(), foreign.localityId()).toList(),
				Stream.of(vn.organisationId(), foreign.organisationId()).toList());
		model.addAttribute("form", form);
		model.addAttribute("id", existing == null ? null : existing.getId());
		model.addAttribute("partnership", existing);
		// the pickers start with the chosen parties only and search for others (PartyOptionsController)
		model.addAttribute("vnChoices",
				PartyDirectory.Choices.NONE.including(current.party(vn.localityId(), vn.organisationId())));
		model.addAttribute("foreignChoices",
				PartyDirectory.Choices.NONE.including(current.party(foreign.localityId(), foreign.organisationId())));
		model.addAttribute("noChoices", PartyDirectory.Choices.NONE);
		addCodelists(model);
		return "partnerships/form";
	}

	/** The form as a draft, or every problem it has: what cannot be read and the rules the rest breaks. */
	@Override
	protected PartnershipDraft draft(PartnershipForm form) {
		return form.toDraft(this::localityIdByCode, partnerships::check);
	}

	private Optional<Long> localityIdByCode(String code) {
		return localities.findByCode(code).map(Locality::getId);
	}

	private static void addCodelists(Model model) {
		model.addAttribute("typeOptions", PartnershipType.values());
		model.addAttribute("statusOptions", PartnershipStatus.values());
		model.addAttribute("levelOptions", PartnershipLevel.values());
		model.addAttribute("fieldOptions", CooperationField.values());
		model.addAttribute("visibilityOptions", vn.hoptac.shared.Visibility.values());
	}

	private PartyDirectory.Lookup lookup(List<Partnership> page) {
		return parties.load(
				page.stream().flatMap(p -> Stream.of(p.getVnLocalityId(), p.getForeignLocalityId())).toList(),
				page.stream().flatMap(p -> Stream.of(p.getVnOrganisationId(), p.getForeignOrganisationId())).toList());
	}

	/** The list's current filters, to show them selected in the facets. */
	record Filters(String q, String country, Long locality, PartnershipType type, PartnershipStatus status,
			PartnershipLevel level, CooperationField field, Integer decade, String sort) {

		/** Whether the reader narrowed the list. */
		public boolean narrowed() {
			return q != null && !q.isBlank() || country != null || locality != null || type != null || status != null
					|| level != null || field != null || decade != null;
		}

	}

}
