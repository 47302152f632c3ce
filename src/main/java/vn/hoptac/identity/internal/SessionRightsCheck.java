package vn.hoptac.identity.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.hoptac.identity.User;

/**
 * Keeps a signed-in session to the rights its user has now, whichever instance or administrator
 * changed them: on each request it reads the user's row by id and compares it with the session's
 * {@link SignedInUser}. A disabled or deleted account, or a changed password (reset by an
 * administrator or changed in another session), ends the session: the request goes on anonymous.
 * A changed role, province or unit replaces the session's principal by the current one, so the
 * user keeps working with the new rights.
 */
class SessionRightsCheck extends OncePerRequestFilter {

	private final UserRepository users;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SessionRightsCheck(UserRepository users) {
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser signedIn
				&& !StaticAssets.isStaticAsset(request)) {
			Optional<User> current = users.findById(signedIn.id());
			if (current.isEmpty() || !signedIn.stillValidFor(current.get())) {
				end(request);
			}
			else if (!signedIn.sameRightsAs(current.get())) {
				replace(SignedInUser.of(current.get()), request, response);
			}
		}
		chain.doFilter(request, response);
	}

	private static void end(HttpServletRequest request) {
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

	private void replace(SignedInUser principal, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

}
