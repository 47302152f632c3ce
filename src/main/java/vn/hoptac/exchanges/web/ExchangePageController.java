package vn.hoptac.exchanges.web;

import static vn.hoptac.shared.FormFields.trimmed;

import java.time.Year;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

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
import vn.hoptac.exchanges.Exchange;
import vn.hoptac.exchanges.ExchangeDirection;
import vn.hoptac.exchanges.ExchangeDraft;
import vn.hoptac.exchanges.ExchangeKind;
import vn.hoptac.exchanges.ExchangeMeasure;
import vn.hoptac.exchanges.ExchangeQuery;
import vn.hoptac.exchanges.ExchangeService;
import vn.hoptac.exchanges.ExchangeSex;
import vn.hoptac.exchanges.ExchangeStats.ExchangeGroupBy;
import vn.hoptac.exchanges.ExchangeStatus;
import vn.hoptac.exchanges.ExchangeUnit;
import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.PartyDirectory;
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
 * The exchange pages: the faceted list (htmx refreshes its rows and the persons summed under the
 * same filters), an exchange with its counts, its audit history, one form to create and edit, and
 * the delete step. Everything goes through {@link ExchangeService}, as the API does.
 */
@Controller
@RequestMapping("/exchanges")
class ExchangePageController extends RecordFormPages<Exchange, ExchangeDraft, ExchangeForm> {

	static final String ENTITY = "exchange";

	static final Role[] WRITERS = { Role.ADMIN, Role.PROVINCE_ADMIN, Role.PROVINCE_OFFICER, Role.DEPARTMENT_FOCAL };

	/** The partnerships a form offers to link an exchange to. */

	private final ExchangeService exchanges;

	private final PartnershipService partnerships;

	private final PartyDirectory parties;

	private final LocalityService localities;

	private final AuditService audit;

	private final Clock clock;

	private final ExchangeStatsView statsView;

	ExchangePageController(ExchangeService exchanges, PartnershipService partnerships, PartyDirectory parties,
			LocalityService localities, AuditService audit, Deletions deletions, Clock clock,
			ExchangeStatsView statsView) {
		super("/exchanges", "exchange", exchanges, deletions, Exchange::getTitle, ExchangeForm::onFormFields);
		this.statsView = statsView;
		this.exchanges = exchanges;
		this.partnerships = partnerships;
		this.parties = parties;
		this.localities = localities;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
			@RequestParam(required = false) Long locality, @RequestParam(required = false) Long partnership,
			@RequestParam(required = false) ExchangeKind kind, @RequestParam(required = false) ExchangeStatus status,
			@RequestParam(required = false) CooperationField field, @RequestParam(required = false) Integer decade,
			@RequestParam(required = false) ExchangeGroupBy groupBy, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Long place = OwnProvince.orRequested(request, locality);
		Integer to = decade == null ? null : decade + 9;
		var query = new ExchangeQuery(q, trimmed(country), place, partnership, kind, status, field, decade, to);
		Page<Exchange> found = exchanges.search(query,
				Paging.of(page, size, trimmed(sort), ExchangeApiController.SORT_KEYS));
		String lastPage = PageLinks.lastPageInstead(found, request, p -> exchanges.search(query, p));
		if (lastPage != null) {
			return "redirect:" + lastPage;
		}
		ExchangeGroupBy grouping = groupBy == null ? ExchangeGroupBy.DIRECTION : groupBy;
		model.addAttribute("found", found.getContent());
		model.addAttribute("pages", PageLinks.of(found, request));
		model.addAttribute("sorts", SortLinks.of(request, sort));
		model.addAttribute("parties", ExchangeApiController.lookup(parties, found.getContent()));
		model.addAttribute("stats", statsView.of(exchanges.stats(query, grouping)));
		model.addAttribute("groupByOptions", ExchangeGroupBy.values());
		model.addAttribute("filters", new Filters(q, trimmed(country), place, partnership, kind, status, field,
				decade, grouping, trimmed(sort)));
		model.addAttribute("ownProvince", place != null && locality == null ? localities.get(place) : null);
		boolean fragment = Htmx.wantsFragment(request, response);
		boolean ownForm = fragment && Htmx.targets(request, "exchange-rows");
		model.addAttribute("facetsOutOfBand", ownForm);
		if (!fragment || ownForm) {
			model.addAttribute("facets", exchanges.facetCounts(query));
			model.addAttribute("countryOptions", exchanges.foreignCountries());
			model.addAttribute("provinceOptions", parties.currentProvinces());
			model.addAttribute("decadeOptions", decades(Year.now(clock)));
			addCodelists(model);
		}
		return fragment ? "exchanges/list :: rows" : "exchanges/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Exchange exchange = exchanges.get(id);
		model.addAttribute("exchange", exchange);
		model.addAttribute("parties", ExchangeApiController.lookup(parties, List.of(exchange)));
		model.addAttribute("partnership", exchange.getPartnershipId() == null ? null
				: partnerships.findReadable(exchange.getPartnershipId()).orElse(null));
		model.addAttribute("canEdit", canEdit(exchange.getStewardship()));
		model.addAttribute("canDelete", canDelete(exchange.getStewardship()));
		return "exchanges/detail";
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		model.addAttribute("exchange", exchanges.get(id));
		model.addAttribute("events", audit.historyOf(ENTITY, id));
		return "exchanges/history";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		Access.checkRole(WRITERS);
		return form(ExchangeForm.blank(PartyDirectory.ownParty(Access.required())), null, model);
	}

	@Override
	protected ExchangeForm formOf(Exchange record) {
		return ExchangeForm.of(record);
	}


	@Override
	protected String form(ExchangeForm form, Exchange existing, Model model) {
		PartyDirectory.Chosen chosen = parties.chosen(form.getVnParty(), form.getForeignParty());
		model.addAttribute("form", form);
		model.addAttribute("exchange", existing);
		model.addAttribute("id", existing == null ? null : existing.getId());
		model.addAttribute("vnChoices", chosen.vn());
		model.addAttribute("foreignChoices", chosen.foreign());
		model.addAttribute("noChoices", PartyDirectory.Choices.NONE);
		model.addAttribute("partnershipOptions", partnerships.formOptions(form.getPartnershipId()));
		addCodelists(model);
		return "exchanges/form";
	}

	@Override
	protected ExchangeDraft draft(ExchangeForm form) {
		return form.toDraft(this::localityIdByCode, exchanges::check);
	}

	private Optional<Long> localityIdByCode(String code) {
		return localities.findByCode(code).map(Locality::getId);
	}

	private static void addCodelists(Model model) {
		model.addAttribute("kindOptions", ExchangeKind.values());
		model.addAttribute("statusOptions", ExchangeStatus.values());
		model.addAttribute("directionOptions", ExchangeDirection.values());
		model.addAttribute("sexOptions", ExchangeSex.values());
		model.addAttribute("measureOptions", ExchangeMeasure.values());
		model.addAttribute("unitOptions", ExchangeUnit.values());
		model.addAttribute("qualifierOptions", Qualifier.values());
		model.addAttribute("fieldOptions", CooperationField.values());
		model.addAttribute("visibilityOptions", Visibility.values());
	}

	/** The list's current filters, to show them selected in the facets. */
	record Filters(String q, String country, Long locality, Long partnership, ExchangeKind kind, ExchangeStatus status,
			CooperationField field, Integer decade, ExchangeGroupBy groupBy, String sort) {

		public boolean narrowed() {
			return q != null && !q.isBlank() || country != null || locality != null || kind != null || status != null
					|| field != null || decade != null;
		}

	}

}
