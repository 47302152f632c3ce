package vn.hoptac.agreements.web;

import static vn.hoptac.shared.FormFields.trimmed;

import jakarta.validation.Valid;
import java.time.Year;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoptac.agreements.ActionType;
import vn.hoptac.agreements.AgreementAction;
import vn.hoptac.agreements.AgreementDraft;
import vn.hoptac.agreements.Agreement;
import vn.hoptac.agreements.AgreementKind;
import vn.hoptac.agreements.AgreementParty;
import vn.hoptac.agreements.AgreementQuery;
import vn.hoptac.agreements.AgreementService;
import vn.hoptac.agreements.LegalBasis;
import vn.hoptac.agreements.PartySide;
import vn.hoptac.agreements.SignatoryLevel;
import vn.hoptac.agreements.TimelineEntry;
import vn.hoptac.audit.AuditService;
import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.PartyDirectory.Selection;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.RecordFormPages;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Deletions;
import vn.hoptac.shared.DateOf;
import vn.hoptac.shared.LabelOf;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.Htmx;
import vn.hoptac.shared.NotFoundException;
import vn.hoptac.shared.OwnProvince;
import vn.hoptac.shared.PageLinks;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.Role;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.SortLinks;
import vn.hoptac.shared.Visibility;

/**
 * The agreement pages: the faceted list (whose rows htmx refreshes, also inside a partnership's
 * page), an agreement with its parties and action history with statutory deadlines, the form to
 * record an action, its audit history, and one form to create and edit. Everything goes through
 * {@link AgreementService}, as the API does.
 */
@Controller
@RequestMapping("/agreements")
class AgreementPageController extends RecordFormPages<Agreement, AgreementDraft, AgreementForm> {

	static final String ENTITY = "agreement";

	static final Role[] WRITERS = { Role.ADMIN, Role.PROVINCE_ADMIN, Role.PROVINCE_OFFICER, Role.DEPARTMENT_FOCAL };

	private static final Map<String, String> SORT_KEYS = Map.of("signed", "signedOn");

	private final AgreementService agreements;

	private final PartnershipService partnerships;

	private final PartyDirectory parties;

	private final LocalityService localities;

	private final AuditService audit;

	private final Clock clock;

	private final Deletions deletions;

	private final MessageSource messages;

	AgreementPageController(AgreementService agreements, PartnershipService partnerships, PartyDirectory parties,
			LocalityService localities, AuditService audit, Clock clock, Deletions deletions, MessageSource messages) {
		super("/agreements", ENTITY, agreements, deletions, Agreement::getTitle, AgreementForm::onFormFields);
		this.deletions = deletions;
		this.messages = messages;
		this.agreements = agreements;
		this.partnerships = partnerships;
		this.parties = parties;
		this.localities = localities;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
			@RequestParam(required = false) Long locality, @RequestParam(required = false) Long partnership,
			@RequestParam(required = false) AgreementKind type, @RequestParam(required = false) ActionType status,
			@RequestParam(required = false) LegalBasis legalBasis, @RequestParam(required = false) SignatoryLevel level,
			@RequestParam(required = false) CooperationField field, @RequestParam(required = false) Integer decade,
			@RequestParam(required = false) Integer yearFrom, @RequestParam(required = false) Integer yearTo,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Integer from = decade != null ? decade : yearFrom;
		Integer to = decade != null ? Integer.valueOf(decade + 9) : yearTo;
		Long place = OwnProvince.orRequested(request, locality);
		var query = new AgreementQuery(q, trimmed(country), place, partnership, type, status, legalBasis, level,
				field, from, to);
		String order = AgreementOrder.of(sort, q);
		Page<Agreement> found = agreements.search(query, Paging.of(page, size, order, SORT_KEYS));
		String lastPage = PageLinks.lastPageInstead(found, request, p -> agreements.search(query, p));
		if (lastPage != null) {
			return "redirect:" + lastPage;
		}
		model.addAttribute("found", found.getContent());
		model.addAttribute("pages", PageLinks.of(found, request));
		model.addAttribute("sorts", SortLinks.of(request, order));
		model.addAttribute("parties", lookup(found.getContent().stream().flatMap(a -> a.getParties().stream()).toList()));
		model.addAttribute("filters", new Filters(q, trimmed(country), place, partnership, type, status,
				legalBasis, level, field, decade, trimmed(sort)));
		model.addAttribute("ownProvince", place != null && locality == null ? localities.get(place) : null);
		boolean fragment = Htmx.wantsFragment(request, response);
		// the list's own facet form gets its facets again (counts under the new filters), out of band
		boolean ownForm = fragment && Htmx.targets(request, "agreement-rows");
		model.addAttribute("facetsOutOfBand", ownForm);
		if (!fragment || ownForm) {
			model.addAttribute("facets", agreements.facetCounts(query));
			model.addAttribute("countryOptions", agreements.foreignCountries());
			model.addAttribute("provinceOptions", parties.currentProvinces());
			model.addAttribute("decadeOptions", decades(Year.now(clock)));
			addCodelists(model);
		}
		if (fragment) {
			return "agreements/list :: rows";
		}
		model.addAttribute("partnership", partnership == null ? null : partnerships.findReadable(partnership).orElse(null));
		return "agreements/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Agreement agreement = agreements.get(id);
		ActionForm action = new ActionForm();
		action.setDate(LocalDate.now(clock).toString());
		return detail(agreement, action, model);
	}

	@PostMapping("/{id}/actions")
	String recordAction(@PathVariable long id, @Valid @ModelAttribute("actionForm") ActionForm action, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				agreements.recordAction(id, action.toDraft());
				redirect.addFlashAttribute("actionRecorded", true);
				return "redirect:/agreements/" + id + "#actions";
			}
			catch (RuleViolationException ex) {
				FormErrors.apply(ex, result);
			}
		}
		return detail(agreements.get(id), action, model);
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		Agreement agreement = agreements.get(id);
		model.addAttribute("agreement", agreement);
		model.addAttribute("canEdit", canEdit(agreement.getStewardship()));
		model.addAttribute("events", audit.historyOf(ENTITY, id));
		return "agreements/history";
	}

	/**
	 * A blank form; its Vietnamese party preset to the writer's province or unit, or, opened from a
	 * partnership ("new agreement" there), its parties those of the partnership.
	 */
	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long partnership, Model model) {
		Access.checkRole(WRITERS);
		AgreementForm form = AgreementForm.blank(partnership);
		form.preset(PartyDirectory.ownParty(Access.required()), null);
		prefillFromPartnership(form);
		return form(form, null, model);
	}

	/**
	 * The parties table of a form whose partnership was just chosen (htmx, the form's fields
	 * included): its Vietnamese and foreign parties become the partnership's.
	 */
	@PostMapping("/form/party-rows")
	String partyRows(@ModelAttribute("form") AgreementForm form, @RequestParam(required = false) Long id,
			Model model) {
		Access.checkRole(WRITERS);
		prefillFromPartnership(form);
		formPage(form, id, model);
		return "agreements/form :: party-rows";
	}

	/** The warning under the signing date, as it is typed (htmx): a date in the future is flagged, not refused. */
	@GetMapping("/form/signing-date-check")
	String signingDateCheck(@RequestParam(required = false) String signedOn, Model model) {
		model.addAttribute("signingInFuture", inFuture(signedOn));
		return "agreements/form :: signing-date-warning";
	}

	/** A readable date (a year, a month or a day) that starts after today. */
	private boolean inFuture(String date) {
		try {
			var parsed = PartialDate.parse(date);
			return parsed != null && parsed.date().isAfter(LocalDate.now(clock));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private void prefillFromPartnership(AgreementForm form) {
		if (form.getPartnershipId() != null) {
			partnerships.findReadable(form.getPartnershipId())
				.ifPresent(p -> form.preset(Selection.key(p.getVnLocalityId(), p.getVnOrganisationId()),
						Selection.key(p.getForeignLocalityId(), p.getForeignOrganisationId())));
		}
	}

	@Override
	protected AgreementForm formOf(Agreement agreement) {
		return AgreementForm.of(agreement);
	}

	@GetMapping("/{id}/actions/{position}/withdraw")
	String confirmWithdraw(@PathVariable long id, @PathVariable int position, Model model) {
		Agreement agreement = agreements.get(id);
		Access.checkDelete(agreement.getStewardship());
		return deletions.confirm(model, new Deletions.Confirmation("agreement.action.withdraw.heading",
				actionTitle(agreement, position), "/agreements/" + id + "/actions/" + position + "/withdraw",
				"/agreements/" + id + "#actions", agreement.getVersion()));
	}

	@PostMapping("/{id}/actions/{position}/withdraw")
	String withdraw(@PathVariable long id, @PathVariable int position, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		String title = actionTitle(agreements.get(id), position);
		return deletions.delete(() -> agreements.withdrawAction(id, position, version), title,
				"/agreements/" + id + "#actions", "/agreements/" + id + "#actions", redirect);
	}

	/** An action as the confirmation names it: its label and date. */
	private String actionTitle(Agreement agreement, int position) {
		if (position < 0 || position >= agreement.getActions().size()) {
			throw new NotFoundException("agreementAction", position);
		}
		AgreementAction action = agreement.getActions().get(position);
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(LabelOf.of(action.type()), locale) + " "
				+ messages.getMessage(DateOf.of(action.partialDate()), locale);
	}

	private String detail(Agreement agreement, ActionForm action, Model model) {
		model.addAttribute("agreement", agreement);
		model.addAttribute("parties", lookup(agreement.getParties()));
		List<TimelineEntry> timeline = agreements.timeline(agreement);
		model.addAttribute("timeline", timeline);
		model.addAttribute("overdueNow", timeline.stream().anyMatch(e -> e.overdue() && e.fulfilledOn() == null));
		model.addAttribute("partnership", agreement.getPartnershipId() == null ? null
				: partnerships.findReadable(agreement.getPartnershipId()).orElse(null));
		model.addAttribute("canEdit", canEdit(agreement.getStewardship()));
		model.addAttribute("canDelete", canDelete(agreement.getStewardship()));
		model.addAttribute("signedInFuture",
				agreement.getSignedOn() != null && agreement.getSignedOn().isAfter(LocalDate.now(clock)));
		model.addAttribute("actionForm", action);
		model.addAttribute("actionOptions", ActionType.values());
		return "agreements/detail";
	}

	@Override
	protected String form(AgreementForm form, Agreement existing, Model model) {
		model.addAttribute("agreement", existing);
		return formPage(form, existing == null ? null : existing.getId(), model);
	}

	private String formPage(AgreementForm form, Long id, Model model) {
		List<Selection> chosen = form.getParties()
			.stream()
			.map(row -> Selection.parse(row.getParty()).orElse(Selection.NONE))
			.toList();
		// the pickers start with the chosen parties only and search for others (PartyOptionsController)
		PartyDirectory.Chosen choices = parties.chosen(chosen);
		model.addAttribute("form", form);
		model.addAttribute("id", id);
		model.addAttribute("vnChoices", choices.vn());
		model.addAttribute("foreignChoices", choices.foreign());
		model.addAttribute("partnershipOptions", partnerships.formOptions(form.getPartnershipId()));
		// dates that follow from the action history are shown, not edited, here
		Agreement existing = id == null ? null : agreements.get(id);
		model.addAttribute("signedFromActions", existing != null && existing.first(ActionType.SIGNED).isPresent());
		model.addAttribute("effectiveFromActions", existing != null && existing.first(ActionType.IN_FORCE).isPresent());
		model.addAttribute("signingInFuture", inFuture(form.getSignedOn()));
		addCodelists(model);
		return "agreements/form";
	}

	/** The form as a draft, or every problem it has: what cannot be read and the rules the rest breaks. */
	@Override
	protected AgreementDraft draft(AgreementForm form) {
		return form.toDraft(this::localityIdByCode, agreements::check);
	}

	private Optional<Long> localityIdByCode(String code) {
		return localities.findByCode(code).map(Locality::getId);
	}

	private PartyDirectory.Lookup lookup(Collection<AgreementParty> all) {
		return parties.load(all.stream().map(AgreementParty::localityId).toList(),
				all.stream().map(AgreementParty::organisationId).toList());
	}

	private static void addCodelists(Model model) {
		model.addAttribute("kindOptions", AgreementKind.values());
		model.addAttribute("stageOptions", ActionType.values());
		model.addAttribute("legalBasisOptions", LegalBasis.values());
		model.addAttribute("levelOptions", SignatoryLevel.values());
		model.addAttribute("sideOptions", PartySide.values());
		model.addAttribute("fieldOptions", CooperationField.values());
		model.addAttribute("visibilityOptions", Visibility.values());
	}

	/** The list's current filters, to show them selected in the facets. */
	record Filters(String q, String country, Long locality, Long partnership, AgreementKind type, ActionType status,
			LegalBasis legalBasis, SignatoryLevel level, CooperationField field, Integer decade, String sort) {

		/** Whether the reader narrowed the list (beyond the partnership whose agreements it shows). */
		public boolean narrowed() {
			return q != null && !q.isBlank() || country != null || locality != null || type != null || status != null
					|| legalBasis != null || level != null || field != null || decade != null;
		}

	}

}
