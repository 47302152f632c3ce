package vn.hoptac.identity.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
import vn.hoptac.identity.User;
import vn.hoptac.identity.UserService;
import vn.hoptac.partners.Organisation;
import vn.hoptac.partners.OrganisationQuery;
import vn.hoptac.partners.OrganisationService;
import vn.hoptac.shared.PageLinks;
import vn.hoptac.shared.Countries;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.NotFoundException;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.Role;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.StaleVersionException;
import vn.hoptac.shared.Text;

/**
 * User administration for administrators: the list, a new user with an initial password (to be
 * changed at first sign-in), role, province, unit and whether the account is enabled, and a
 * password reset. {@link UserService} checks that the actor is an administrator.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminPageController {

	private static final int PAGE_SIZE = 50;

	private final UserService users;

	private final LocalityService localities;

	private final OrganisationService organisations;

	private final Clock clock;

	UserAdminPageController(UserService users, LocalityService localities, OrganisationService organisations,
			Clock clock) {
		this.users = users;
		this.localities = localities;
		this.organisations = organisations;
		this.clock = clock;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		Page<User> results = users.list(Paging.of(Math.max(page, 0), PAGE_SIZE, Sort.by("username")));
		String lastPage = PageLinks.lastPageInstead(results, request, users::list);
		if (lastPage != null) {
			return "redirect:" + lastPage;
		}
		model.addAttribute("results", results);
		model.addAttribute("pages", PageLinks.of(results, request));
		model.addAttribute("provinces", localities.byIds(
				results.getContent().stream().map(User::getProvinceId).filter(Objects::nonNull).distinct().toList()));
		return "admin/users/list";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		return form(new UserForm(), null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				User created = users.create(form.toDraft(), form.getPassword());
				redirect.addFlashAttribute("saved", created.getUsername());
				return "redirect:/admin/users/" + created.getId();
			}
			catch (RuleViolationException ex) {
				FormErrors.apply(ex, result);
			}
		}
		form.setPassword(null);
		return form(form, null, model);
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		User user = users.get(id);
		model.addAttribute("reset", new ResetPasswordForm());
		return form(UserForm.of(user), user, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		User user = users.get(id);
		form.setUsername(user.getUsername());
		if (!result.hasErrors()) {
			try {
				users.update(id, form.toDraft(), form.getVersion());
				redirect.addFlashAttribute("saved", user.getUsername());
				return "redirect:/admin/users/" + id;
			}
			catch (RuleViolationException ex) {
				FormErrors.apply(ex, result);
			}
			catch (StaleVersionException | OptimisticLockingFailureException ex) {
				result.reject("problem.stale.detail");
				model.addAttribute("stale", true);
			}
		}
		model.addAttribute("reset", new ResetPasswordForm());
		return form(form, user, model);
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @ModelAttribute("reset") ResetPasswordForm reset,
			BindingResult result, Model model, RedirectAttributes redirect) {
		User user = users.get(id);
		try {
			users.resetPassword(id, reset.getPassword());
			redirect.addFlashAttribute("passwordReset", user.getUsername());
			return "redirect:/admin/users/" + id;
		}
		catch (RuleViolationException ex) {
			FormErrors.apply(ex, result);
		}
		reset.setPassword(null);
		return form(UserForm.of(user), user, model);
	}

	/** An unknown id: Boot's error view resolution shows {@code error/404}. */
	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	private String form(UserForm form, User user, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("user", user);
		model.addAttribute("provinceChoices", provincesInForce());
		model.addAttribute("unitChoices", vietnameseUnits());
		return "admin/users/form";
	}

	/** The provinces a provincial role can belong to: Vietnam's first-level units in force today. */
	private List<Locality> provincesInForce() {
		LocalDate today = LocalDate.now(clock);
		List<Locality> provinces = new ArrayList<>();
		for (LocalityLevel level : List.of(LocalityLevel.PROVINCE, LocalityLevel.MUNICIPALITY)) {
			provinces.addAll(localities
				.search(new LocalityQuery(null, Countries.VIETNAM, level, null, today), PageRequest.of(0, 200))
				.getContent());
		}
		provinces.sort(Comparator.comparing(l -> l.getNames().vi(), Text.vietnameseCollator()));
		return provinces;
	}

	/** The units a department focal official can belong to: Vietnamese organisations. */
	private List<Organisation> vietnameseUnits() {
		return organisations
			.search(new OrganisationQuery(null, Countries.VIETNAM, null, null),
					Paging.of(0, Paging.MAX_SIZE, null, Map.of()))
			.getContent();
	}

}
