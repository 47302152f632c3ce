package vn.hoptac.partners.web;

import static vn.hoptac.shared.FormFields.trimmed;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
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

import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.Organisation;
import vn.hoptac.partners.OrganisationQuery;
import vn.hoptac.partners.OrganisationService;
import vn.hoptac.partners.OrganisationType;
import vn.hoptac.shared.RecordPages;
import vn.hoptac.shared.OwnProvince;
import vn.hoptac.shared.PageLinks;
import vn.hoptac.shared.SortLinks;
import vn.hoptac.shared.Htmx;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Actor;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.Role;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.StaleVersionException;
import vn.hoptac.shared.Visibility;

/**
 * The organisation pages: the list with facets (rows refreshed in place by htmx), an organisation,
 * and one form to create or edit. The service decides who may read and write each record; the
 * pages only hide what the reader could not use.
 */
@Controller
@RequestMapping("/organisations")
class OrganisationPageController extends RecordPages {

	private static final List<Role> WRITERS = List.of(Role.ADMIN, Role.PROVINCE_ADMIN, Role.PROVINCE_OFFICER,
			Role.DEPARTMENT_FOCAL);

	private final OrganisationService organisations;

	private final LocalityService localities;

	private final LocalityChoices choices;

	private final MessageSource messages;

	OrganisationPageController(OrganisationService organisations, LocalityService localities, LocalityChoices choices,
			MessageSource messages) {
		this.organisations = organisations;
		this.localities = localities;
		this.choices = choices;
		this.messages = messages;
	}

	@ModelAttribute("types")
	OrganisationType[] types() {
		return OrganisationType.values();
	}

	@ModelAttribute("visibilities")
	Visibility[] visibilities() {
		return Visibility.values();
	}

	@ModelAttribute("countryCodes")
	List<String> countryCodes() {
		return List.of(Locale.getISOCountries());
	}

	@GetMapping
	String list(@ModelAttribute("filter") OrganisationFilter filter, BindingResult filterErrors,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String sort,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Long requestedLocality = filter.getLocality();
		filter.setLocality(OwnProvince.orRequested(request, requestedLocality));
		Pageable pageable = Paging.of(Math.max(page, 0), Paging.DEFAULT_SIZE, sort, Map.of());
		OrganisationQuery query = new OrganisationQuery(trimmed(filter.getQ()), trimmed(filter.getCountry()),
				filter.getType(), filter.getLocality());
		Page<Organisation> results = organisations.search(query, pageable);
		String lastPage = PageLinks.lastPageInstead(results, request, p -> organisations.search(query, p));
		if (lastPage != null) {
			return "redirect:" + lastPage;
		}
		model.addAttribute("results", results);
		model.addAttribute("pages", PageLinks.of(results, request));
		model.addAttribute("sorts", SortLinks.of(request, sort));
		model.addAttribute("ownProvince", requestedLocality == null && filter.getLocality() != null
				? localities.get(filter.getLocality()) : null);
		model.addAttribute("places",
				localities.byIds(results.getContent().stream().map(Organisation::getLocalityId).filter(Objects::nonNull).toList()));
		boolean fragment = Htmx.wantsFragment(request, response);
		// the list's own facet form gets its facets again (counts under the new filters), out of band
		boolean ownForm = fragment && Htmx.targets(request, "rows");
		model.addAttribute("facetsOutOfBand", ownForm);
		if (!fragment || ownForm) {
			model.addAttribute("facets", organisations.facetCounts(query));
			model.addAttribute("localityGroups", choices.withSelected(choices.topLevel(), filter.getLocality()));
		}
		return fragment ? "organisations/list :: rows" : "organisations/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Organisation organisation = organisations.get(id);
		model.addAttribute("organisation", organisation);
		model.addAttribute("locality", place(organisation.getLocalityId()));
		model.addAttribute("stewardProvince", place(organisation.getStewardship().provinceId()));
		model.addAttribute("canWrite", Access.canWrite(Access.current().orElse(null), organisation.getStewardship()));
		return "organisations/detail";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		Actor actor = Access.required();
		if (!WRITERS.contains(actor.role())) {
			throw new AccessDeniedException("Role " + actor.role() + " does not create organisations");
		}
		return form(new OrganisationForm(), null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				return "redirect:/organisations/" + organisations.create(form.toDraft()).getId();
			}
			catch (RuleViolationException ex) {
				FormErrors.apply(ex, result);
			}
		}
		return form(form, null, model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Organisation organisation = organisations.get(id);
		Access.checkWrite(organisation.getStewardship());
		return form(OrganisationForm.of(organisation), organisation, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult result,
			Model model) {
		Organisation organisation = organisations.get(id);
		if (!result.hasErrors()) {
			try {
				organisations.update(id, form.toDraft(), form.getVersion());
				return "redirect:/organisations/" + id;
			}
			catch (RuleViolationException ex) {
				FormErrors.apply(ex, result);
			}
			catch (StaleVersionException | OptimisticLockingFailureException ex) {
				result.reject("problem.stale.detail");
				model.addAttribute("stale", true);
			}
		}
		return form(form, organisation, model);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		Organisation organisation = organisations.get(id);
		try {
			organisations.delete(id, version);
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problems",
					List.of(messages.getMessage("form.staleVersion", null, LocaleContextHolder.getLocale())));
			return "redirect:/organisations/" + id;
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("problems", ex.violations()
				.stream()
				.map(v -> messages.getMessage(v.messageKey(), v.args(), v.messageKey(), LocaleContextHolder.getLocale()))
				.toList());
			return "redirect:/organisations/" + id;
		}
		catch (DataIntegrityViolationException ex) {
			redirect.addFlashAttribute("problems",
					List.of(messages.getMessage("problem.referenced.detail", null, LocaleContextHolder.getLocale())));
			return "redirect:/organisations/" + id;
		}
		redirect.addFlashAttribute("deleted", organisation.getNames().current());
		return "redirect:/organisations";
	}

	/** The options of the form's locality choice, for its search box (htmx). */
	@GetMapping("/locality-options")
	String localityOptions(@RequestParam(required = false) String localityQuery,
			@RequestParam(required = false) String country, @RequestParam(required = false) Long localityId,
			Model model) {
		var groups = localityQuery == null || localityQuery.isBlank() ? choices.topLevel()
				: choices.matching(localityQuery, country);
		model.addAttribute("localityGroups", choices.withSelected(groups, localityId));
		model.addAttribute("selectedLocality", localityId);
		return "organisations/form :: locality-options";
	}

	private String form(OrganisationForm form, Organisation organisation, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("organisation", organisation);
		model.addAttribute("localityGroups", choices.withSelected(choices.topLevel(), form.getLocalityId()));
		model.addAttribute("selectedLocality", form.getLocalityId());
		return "organisations/form";
	}

	private Locality place(Long id) {
		return id == null ? null : localities.byIds(List.of(id)).get(id);
	}

}
