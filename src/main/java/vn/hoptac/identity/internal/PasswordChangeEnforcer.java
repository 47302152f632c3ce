package vn.hoptac.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until a user who must change their password (first administrator, reset) has done so, the
 * password change is all they may do, on every path: pages send them to the password page, the
 * API answers 403 saying so. Signing out and static assets stay open.
 */
class PasswordChangeEnforcer extends OncePerRequestFilter {

	static final String PASSWORD_PAGE = "/account/password";

	static final String PASSWORD_API = "/api/v1/account/password";

	/** What a request other than the password change gets. */
	interface Refusal {

		void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;

	}

	private final String passwordPath;

	private final Refusal refusal;

	private PasswordChangeEnforcer(String passwordPath, Refusal refusal) {
		this.passwordPath = passwordPath;
		this.refusal = refusal;
	}

	static PasswordChangeEnforcer forPages() {
		return new PasswordChangeEnforcer(PASSWORD_PAGE,
				(request, response) -> response.sendRedirect(request.getContextPath() + PASSWORD_PAGE));
	}

	static PasswordChangeEnforcer forApi(Refusal refusal) {
		return new PasswordChangeEnforcer(PASSWORD_API, refusal);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		String path = StaticAssets.pathOf(request);
		boolean exempt = path.equals(passwordPath) || path.equals("/logout") || StaticAssets.isStaticAsset(request);
		if (!exempt && authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				&& user.mustChangePassword()) {
			refusal.refuse(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

}
