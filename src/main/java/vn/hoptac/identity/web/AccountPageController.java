package vn.hoptac.identity.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoptac.geo.LocalityService;
import vn.hoptac.identity.IssuedToken;
import vn.hoptac.identity.User;
import vn.hoptac.identity.UserService;
import vn.hoptac.identity.internal.SignedInUser;
import vn.hoptac.partners.OrganisationService;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.NotFoundException;
import vn.hoptac.shared.RuleViolationException;

/**
 * The signed-in user's own pages: who they are (role, province, unit), their language, their
 * personal access tokens for API clients, and their password.
 */
@Controller
@RequestMapping("/account")
class AccountPageController {

	private final UserService users;

	private final LocalityService localities;

	private final OrganisationService organisations;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountPageController(UserService users, LocalityService localities, OrganisationService organisations) {
		this.users = users;
		this.localities = localities;
		this.organisations = organisations;
	}

	@GetMapping
	String account(Model model) {
		model.addAttribute("tokenForm", new TokenForm());
		return accountPage(model);
	}

	@PostMapping("/tokens")
	String issueToken(@ModelAttribute("tokenForm") TokenForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			IssuedToken issued = users.issueToken(form.getName());
			redirect.addFlashAttribute("issued", issued);
			return "redirect:/account";
		}
		catch (RuleViolationException ex) {
			FormErrors.apply(ex, result);
			return accountPage(model);
		}
	}

	@PostMapping("/tokens/{id}/revoke")
	String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
		users.revokeToken(id);
		redirect.addFlashAttribute("revoked", true);
		return "redirect:/account";
	}

	@GetMapping("/password")
	String passwordForm(Model model) {
		model.addAttribute("form", new PasswordForm());
		return passwordPage(model);
	}

	@PostMapping("/password")
	String changePassword(@ModelAttribute("form") PasswordForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "account.password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				users.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword());
				refreshSignIn(request, response);
				redirect.addFlashAttribute("passwordChanged", true);
				return "redirect:/account";
			}
			catch (RuleViolationException ex) {
				FormErrors.apply(ex, result);
			}
		}
		return passwordPage(model);
	}

	/** An unknown token: Boot's error view resolution shows {@code error/404}. */
	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	/**
	 * Replaces the session's principal by a fresh one, so that what changed (no longer having to
	 * change the password, the new security stamp) takes effect without signing in again.
	 */
	private void refreshSignIn(HttpServletRequest request, HttpServletResponse response) {
		SignedInUser details = SignedInUser.of(currentUser());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	private String accountPage(Model model) {
		User user = currentUser();
		model.addAttribute("user", user);
		model.addAttribute("province",
				user.getProvinceId() == null ? null : localities.byIds(List.of(user.getProvinceId())).get(user.getProvinceId()));
		model.addAttribute("unit", user.getOrganisationId() == null ? null
				: organisations.byIds(List.of(user.getOrganisationId())).get(user.getOrganisationId()));
		model.addAttribute("tokens", users.ownTokens());
		return "account/index";
	}

	private String passwordPage(Model model) {
		model.addAttribute("user", currentUser());
		return "account/password";
	}

	private User currentUser() {
		return users.current().orElseThrow(() -> new NotFoundException("user", Access.required().username()));
	}


}
