package vn.hoptac.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoptac.identity.UserService;
import vn.hoptac.identity.internal.SignInDelayedException;

/**
 * The sign-in page. Spring Security handles the form's POST; after a failure it comes back here
 * with {@code ?error} and the reason in the session: a wrong name or password, too many attempts
 * from this source for this name (the same answer whether the name exists or not), or, after the
 * right password only, an account disabled by an administrator.
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
		if (exception instanceof SignInDelayedException) {
			return "delayed";
		}
		if (exception instanceof DisabledException) {
			return "disabled";
		}
		return "badCredentials";
	}

}
