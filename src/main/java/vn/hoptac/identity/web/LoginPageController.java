package vn.hoptac.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security handles the form's POST; after a failure it comes back here
 * with {@code ?error} and the reason in the session: a wrong name or password, or an account
 * locked after repeated failures (or disabled by an administrator).
 */
@Controller
class LoginPageController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			HttpServletRequest request, Model model) {
		if (error != null) {
			HttpSession session = request.getSession(false);
			Object last = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			model.addAttribute("failure", reason(last));
		}
		model.addAttribute("signedOut", logout != null);
		return "login";
	}

	private static String reason(Object exception) {
		if (exception instanceof LockedException) {
			return "locked";
		}
		if (exception instanceof DisabledException) {
			return "disabled";
		}
		return "badCredentials";
	}

}
