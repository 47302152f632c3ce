package vn.hoptac.geo.web;

import static vn.hoptac.shared.FormFields.trimmed;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
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
import vn.hoptac.geo.LocalityLevel;
import vn.hoptac.geo.LocalityQuery;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.shared.RecordPages;
import vn.hoptac.shared.FacetCounts;
import vn.hoptac.shared.PageLinks;
import vn.hoptac.shared.SortLinks;
import vn.hoptac.shared.Htmx;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.Role;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.StaleVersionException;

/**
 * The locality pages: the list with its facets (whose rows htmx refreshes in place), a locality with
 * its names and history, and the form to create or edit one. The service decides who may write.
 */
@Controller
@RequestMapping("/localities")
class LocalityPageController extends RecordPages {

	private static final Map<String, String> SORT_KEYS = Map.of("code", "code");

	private final LocalityService localities;

	private final MessageSource messages;

	private final Clock clock;

	LocalityPageController(LocalityService localities, MessageSource messages, Clock clock) {
		this.localities = localities;
		this.messages = messages;
		this.clock = clock;
	}

	@ModelAttribute("levels")
	LocalityLevel[] levels() {
		return LocalityLevel.values();
	}

	@ModelAttribute("countryCodes")
	List<String> countryCodes() {
		return List.of(Locale.getISOCountries());
	}

	@GetMapping
	String list(@ModelAttribute("filter") LocalityFilter filter, BindingResult filterErrors,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String sort,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Locality parent = null;
		boolean unknownParent = false;
		if (filter.getParent() != null && !filter.getParent().isBlank()) {
			parent = localities.findByCode(filter.getParent().trim()).orElse(null);
			unknownParent = parent == null;
		}
		LocalDate at = filter.getAt() != null ? filter.getAt() : filter.isCurrent() ? LocalDate.now(clock) : null;
		Pageable pageable = Paging.of(Math.max(page, 0), Paging.DEFAULT_SIZE, sort, SORT_KEYS);
		LocalityQuery query = new LocalityQuery(trimmed(filter.getQ()), trimmed(filter.getCountry()),
				filter.getLevel(), parent == null ? null : parent.getCode(), at);
		Page<Locality> results = unknownParent ? Page.empty(pageable) : localities.search(query, pageable);
		String lastPage = unknownParent ? null
				: PageLinks.lastPageInstead(results, request, p -> localities.search(query, p));
		if (lastPage != null) {
			return "redirect:" + lastPage;
		}
		model.addAttribute("results", results);
		model.addAttribute("pages", PageLinks.of(results, request));
		model.addAttribute("sorts", SortLinks.of(request, sort));
		model.addAttribute("parent", parent);
		model.addAttribute("unknownParent", unknownParent);
		boolean fragment = Htmx.wantsFragment(request, response);
		// the list's own facet form gets its facets again (counts under the new filters), out of band
		boolean ownForm = fragment && Htmx.targets(request, "rows");
		model.addAttribute("facetsOutOfBand", ownForm);
		if (!fragment || ownForm) {
			model.addAttribute("facets", unknownParent ? FacetCounts.NONE : localities.facetCounts(query));
		}
		return fragment ? "localities/list :: rows" : "localities/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Locality locality = localities.get(id);
		model.addAttribute("locality", locality);
		model.addAttribute("parent", parentOf(locality));
		model.addAttribute("predecessors", localities.predecessors(id));
		model.addAttribute("successors", localities.successors(id));
		model.addAttribute("childCount", localities
			.search(new LocalityQuery(null, null, null, locality.getCode(), null), PageRequest.of(0, 1))
			.getTotalElements());
		return "localities/detail";
	}

	@GetMapping("/new")
	String createForm(@RequestParam(required = false) String parent, Model model) {
		Access.checkRole(Role.ADMIN, Role.PROVINCE_ADMIN, Role.PROVINCE_OFFICER);
		LocalityForm form = new LocalityForm();
		if (parent != null) {
			localities.findByCode(parent.trim()).ifPresent(p -> {
				form.setParentCode(p.getCode());
				form.setCountry(p.getCountry());
			});
		}
		model.addAttribute("form", form);
		return "localities/form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") LocalityForm form, BindingResult result) {
		if (!result.hasErrors()) {
			try {
				return "redirect:/localities/" + localities.create(form.toDraft()).getId();
			}
			catch (RuleViolationException ex) {
				FormErrors.apply(ex, result);
			}
		}
		return "localities/form";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Access.checkRole(Role.ADMIN);
		Locality locality = localities.get(id);
		model.addAttribute("locality", locality);
		model.addAttribute("form", LocalityForm.of(locality, parentCode(locality)));
		return "localities/form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") LocalityForm form, BindingResult result,
			Model model) {
		Locality locality = localities.get(id);
		model.addAttribute("locality", locality);
		form.setCode(locality.getCode());
		form.setParentCode(parentCode(locality));
		if (!result.hasErrors()) {
			try {
				localities.update(id, form.toDraft(), form.getVersion());
				return "redirect:/localities/" + id;
			}
			catch (RuleViolationException ex) {
				FormErrors.apply(ex, result);
			}
			catch (StaleVersionException | OptimisticLockingFailureException ex) {
				result.reject("problem.stale.detail");
				model.addAttribute("stale", true);
			}
		}
		return "localities/form";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		Locality locality = localities.get(id);
		try {
			localities.delete(id);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("problems", ex.violations()
				.stream()
				.map(v -> messages.getMessage(v.messageKey(), v.args(), v.messageKey(), LocaleContextHolder.getLocale()))
				.toList());
			return "redirect:/localities/" + id;
		}
		catch (DataIntegrityViolationException ex) {
			redirect.addFlashAttribute("problems",
					List.of(messages.getMessage("problem.referenced.detail", null, LocaleContextHolder.getLocale())));
			return "redirect:/localities/" + id;
		}
		redirect.addFlashAttribute("deleted", locality.getNames().current());
		return "redirect:/localities";
	}

	private Locality parentOf(Locality locality) {
		Long parentId = locality.getParentId();
		return parentId == null ? null : localities.byIds(List.of(parentId)).get(parentId);
	}

	private String parentCode(Locality locality) {
		Locality parent = parentOf(locality);
		return parent == null ? null : parent.getCode();
	}

}
