package vn.hoptac.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.hoptac.identity.UserService;

/** Authenticates API calls that carry {@code Authorization: Bearer hpt_…} (a personal access token). */
class TokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer hpt_";

	private final UserService users;

	TokenAuthenticationFilter(UserService users) {
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.startsWith(PREFIX)) {
			users.authenticateToken(header.substring("Bearer ".length())).ifPresent(user -> {
				SignedInUser principal = SignedInUser.of(user);
				var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
						principal.getAuthorities());
				SecurityContextHolder.getContext().setAuthentication(authentication);
			});
		}
		chain.doFilter(request, response);
	}

}
