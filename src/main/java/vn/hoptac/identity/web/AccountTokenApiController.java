package vn.hoptac.identity.web;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import vn.hoptac.identity.IssuedToken;
import vn.hoptac.identity.UserService;
import vn.hoptac.identity.internal.AccessToken;

/**
 * The signed-in user's personal access tokens: {@code Authorization: Bearer hpt_…} for API clients.
 * The secret is in the answer to POST only; it is never stored or shown again.
 */
@RestController
@RequestMapping("/api/v1/account/tokens")
@Tag(name = "Account", description = "Personal access tokens of the signed-in user")
class AccountTokenApiController {

	private final UserService users;

	AccountTokenApiController(UserService users) {
		this.users = users;
	}

	@Operation(operationId = "listAccessTokens", summary = "List own personal access tokens")
	@GetMapping
	List<TokenResponse> list() {
		return users.ownTokens().stream().map(TokenResponse::of).toList();
	}

	@Operation(operationId = "issueAccessToken", summary = "Issue a personal access token")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	IssuedToken issue(@Valid @RequestBody TokenRequest request) {
		return users.issueToken(request.name());
	}

	@Operation(operationId = "revokeAccessToken", summary = "Revoke a personal access token")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable long id) {
		users.revokeToken(id);
	}

	/** Body of POST: what the token is for. */
	record TokenRequest(@Size(max = AccessToken.NAME_LENGTH) String name) {
	}

	/** A token as listed: never its secret. */
	record TokenResponse(Long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {

		static TokenResponse of(AccessToken token) {
			return new TokenResponse(token.getId(), token.getName(), token.getCreatedAt(), token.getExpiresAt(),
					token.getLastUsedAt());
		}

	}

}
