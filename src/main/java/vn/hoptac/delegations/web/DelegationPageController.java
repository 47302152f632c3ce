package vn.hoptac.delegations.web;

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

import vn.hoptac.events.EventService;
import vn.hoptac.agreements.Agreement;
import vn.hoptac.agreements.AgreementQuery;
import vn.hoptac.agreements.AgreementService;
import vn.hoptac.audit.AuditService;
import vn.hoptac.delegations.CostBearer;
import vn.hoptac.delegations.Delegation;
import vn.hoptac.delegations.DelegationDirection;
import vn.hoptac.delegations.DelegationDraft;
import vn.hoptac.delegations.DelegationQuery;
import vn.hoptac.delegations.DelegationRank;
import vn.hoptac.delegations.DelegationService;
import vn.hoptac.delegations.DelegationStatus;
import vn.hoptac.delegations.FollowUpStatus;
import vn.hoptac.delegations.ReportedTotal;
import vn.hoptac.delegations.ReportedTotalService;
import vn.hoptac.delegations.StatsGrouping;
import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.partners.PartyDirectory.Selection;
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
 * The delegation pages: the faceted list (whose rows htmx refreshes), the statistics, a delegation
 * with its history, and one form to create and edit. Everything goes through
 * {@link DelegationService}, as the API does.
 */
@Controller
@RequestMapping("/delegations")
class DelegationPageController extends RecordFormPages<Delegation, DelegationDraft, DelegationForm> {

	static final Role[] WRITERS = { Role.ADMIN, Role.PROVINCE_ADMIN, Role.PROVINCE_OFFICER, Role.DEPARTMENT_FOCAL };

	/** The partnerships and agreements a form offers to link a delegation to. */
	private static final int CHOICES = 1000;

	private final DelegationService delegations;

	private final DelegationNames names;

	private final DelegationStatistics statistics;

	private final ReportedTotalService totals;

	private final PartnershipService partnerships;

	private final AgreementService agreements;

	private final EventService events;

	private final PartyDirectory parties;

	private final LocalityService localities;

	private final AuditService audit;

	private final Clock clock;

	DelegationPageController(DelegationService delegations, DelegationNames names, DelegationStatistics statistics,
			ReportedTotalService totals, PartnershipService partnerships, AgreementService agreements, PartyDirectory parties,
			LocalityService localities, AuditService audit, Deletions deletions, Clock clock, EventService events) {
		super("/delegations", "delegation", delegations, deletions, Delegation::getTitle, DelegationForm::onFormFields);
		this.delegations = delegations;
		this.names = names;
		this.statistics = statistics;
		this.totals = totals;
		this.partnerships = partnerships;
		this.agreements = agreements;
		this.parties = parties;
		this.localities = localities;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
			@RequestParam(required = false) Long locality, @RequestParam(required = false) Long partnership,
			@RequestParam(required = false) DelegationDirection direction,
			@RequestParam(required = false) DelegationStatus status, @RequestParam(required = false) DelegationRank rank,
			@RequestParam(required = false) CooperationField field, @RequestParam(required = false) Integer decade,
			@RequestParam(required = false) Long plan, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Long place = OwnProvince.orRequested(request, locality);
		var query = new DelegationQuery(q, trimmed(country), place, partnership, direction, status, rank, field,
				decade, decade == null ? null : decade + 9, plan);
		Page<Delegation> found = delegations.search(query,
				Paging.of(page, size, trimmed(sort), DelegationApiController.SORT_KEYS));
		String lastPage = PageLinks.lastPageInstead(found, request, p -> delegations.search(query, p));
		if (lastPage != null) {
			return "redirect:" + lastPage;
		}
		model.addAttribute("found", found.getContent());
		model.addAttribute("pages", PageLinks.of(found, request));
		model.addAttribute("sorts", SortLinks.of(request, sort));
		model.addAttribute("parties", names.listed(found.getContent()));
		model.addAttribute("filters", new Filters(q, trimmed(country), place, direction, status, rank, field,
				decade, trimmed(sort)));
		model.addAttribute("ownProvince", place != null && locality == null ? localities.get(place) : null);
		boolean fragment = Htmx.wantsFragment(request, response);
		boolean ownForm = fragment && Htmx.targets(request, "delegation-rows");
		model.addAttribute("facetsOutOfBand", ownForm);
		if (!fragment || ownForm) {
			model.addAttribute("facets", delegations.facetCounts(query));
			model.addAttribute("countryOptions", delegations.foreignCountries());
			model.addAttribute("provinceOptions", parties.currentProvinces());
			model.addAttribute("decadeOptions", decades(Year.now(clock)));
			addCodelists(model);
		}
		return fragment ? "delegations/list :: rows" : "delegations/list";
	}

	/** The statistics page: counted delegations per group under the filters, reported totals apart. */
	@GetMapping("/stats")
	String stats(@RequestParam(required = false) String groupBy, @RequestParam(required = false) String country,
			@RequestParam(required = false) Long locality, @RequestParam(required = false) DelegationDirection direction,
			@RequestParam(required = false) Integer yearFrom, @RequestParam(required = false) Integer yearTo,
			Model model) {
		StatsGrouping grouping = DelegationApiController.grouping(groupBy);
		var query = new DelegationQuery(null, trimmed(country), locality, null, direction, null, null, null,
				yearFrom, yearTo, null);
		List<ReportedTotal> reported = totals.concerning(query);
		DelegationStatistics.Shown counted = statistics.shown(query, grouping, DelegationStatistics.SHOWN);
		model.addAttribute("rows", counted.rows());
		model.addAttribute("others", counted.others());
		model.addAttribute("reported", reported);
		model.addAttribute("grouping", grouping);
		model.addAttribute("groupingOptions", StatsGrouping.values());
		model.addAttribute("filters", new Filters(null, trimmed(country), locality, direction, null, null, null,
				null, null));
		model.addAttribute("yearFrom", yearFrom);
		model.addAttribute("yearTo", yearTo);
		model.addAttribute("countryOptions", delegations.foreignCountries());
		model.addAttribute("provinceOptions", parties.currentProvinces());
		model.addAttribute("directionOptions", DelegationDirection.values());
		model.addAttribute("scopes",
				parties.load(reported.stream().map(ReportedTotal::getVnLocalityId).toList(),
						reported.stream().map(ReportedTotal::getVnOrganisationId).toList()));
		return "delegations/stats";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Delegation delegation = delegations.get(id);
		model.addAttribute("delegation", delegation);
		model.addAttribute("parties", names.parties(delegation));
		model.addAttribute("agreements", delegations.agreementTitles(delegation.getAgreementIds()));
		model.addAttribute("partnership", delegation.getPartnershipId() == null ? null
				: partnerships.findReadable(delegation.getPartnershipId()).orElse(null));
		model.addAttribute("event", delegation.getEventId() == null ? null
				: events.findReadable(delegation.getEventId()).orElse(null));
		model.addAttribute("canEdit", canEdit(delegation.getStewardship()));
		model.addAttribute("canDelete", canDelete(delegation.getStewardship()));
		return "delegations/detail";
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		Delegation delegation = delegations.get(id);
		model.addAttribute("delegation", delegation);
		model.addAttribute("events", audit.historyOf(DelegationService.ENTITY, id));
		return "delegations/history";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		Access.checkRole(WRITERS);
		return form(DelegationForm.blank(PartyDirectory.ownParty(Access.required())), null, model);
	}

	@Override
	protected DelegationForm formOf(Delegation delegation) {
		return DelegationForm.of(delegation);
	}

	@Override
	protected String form(DelegationForm form, Delegation existing, Model model) {
		Selection vn = Selection.parse(form.getVnParty()).orElse(Selection.NONE);
		Selection foreign = Selection.parse(form.getForeignParty()).orElse(Selection.NONE);
		PartyDirectory.Lookup current = parties.loadReadable(
				Stream.of(vn.localityId(), foreign.localityId()).toList(),
				Stream.of(vn.organisationId(), foreign.organisationId()).toList());
		model.addAttribute("form", form);
		model.addAttribute("id", existing == null ? null : existing.getId());
		model.addAttribute("delegation", existing);
		// the pickers start with the chosen parties only and search for others (/party-options)
		model.addAttribute("vnChoices",
				PartyDirectory.Choices.NONE.including(current.party(vn.localityId(), vn.organisationId())));
		model.addAttribute("foreignChoices",
				PartyDirectory.Choices.NONE.including(current.party(foreign.localityId(), foreign.organisationId())));
		model.addAttribute("noChoices", PartyDirectory.Choices.NONE);
		model.addAttribute("partnershipOptions", partnerships.formOptions(form.getPartnershipId()));
		model.addAttribute("eventOptions", events.formOptions(form.getEventId()));
		model.addAttribute("agreementOptions", agreementOptions());
		model.addAttribute("guestNames", guestNames(form.getGuests()));
		addCodelists(model);
		return "delegations/form";
	}

	private List<Agreement> agreementOptions() {
		return agreements.search(
				new AgreementQuery(null, null, null, null, null, null, null, null, null, null, null),
				PageRequest.of(0, CHOICES, Sort.by("sortKey")))
			.getContent();
	}

	private List<String> guestNames(List<String> guests) {
		List<Selection> chosen = guests.stream().map(g -> Selection.parse(g).orElse(Selection.NONE)).toList();
		PartyDirectory.Lookup lookup = parties.loadReadable(chosen.stream().map(Selection::localityId).toList(),
				chosen.stream().map(Selection::organisationId).toList());
		return chosen.stream()
			.map(s -> Optional.ofNullable(lookup.party(s.localityId(), s.organisationId()))
				.map(vn.hoptac.partners.Party::name)
				.orElse("—"))
			.toList();
	}

	@Override
	protected DelegationDraft draft(DelegationForm form) {
		return form.toDraft(code -> localities.findByCode(code).map(Locality::getId), delegations::check);
	}

	private static void addCodelists(Model model) {
		model.addAttribute("directionOptions", DelegationDirection.values());
		model.addAttribute("statusOptions", DelegationStatus.values());
		model.addAttribute("rankOptions", DelegationRank.values());
		model.addAttribute("qualifierOptions", Qualifier.values());
		model.addAttribute("costBearerOptions", CostBearer.values());
		model.addAttribute("followUpStatusOptions", FollowUpStatus.values());
		model.addAttribute("fieldOptions", CooperationField.values());
		model.addAttribute("visibilityOptions", Visibility.values());
	}

	/** The list's current filters, to show them selected in the facets. */
	record Filters(String q, String country, Long locality, DelegationDirection direction, DelegationStatus status,
			DelegationRank rank, CooperationField field, Integer decade, String sort) {

		public boolean narrowed() {
			return q != null && !q.isBlank() || country != null || locality != null || direction != null
					|| status != null || rank != null || field != null || decade != null;
		}

	}

}
