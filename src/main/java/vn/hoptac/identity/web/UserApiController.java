package vn.hoptac.identity.web;

import java.time.Instant;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import vn.hoptac.identity.User;
import vn.hoptac.identity.UserDraft;
import vn.hoptac.identity.UserService;
import vn.hoptac.shared.AcceptsFieldsOf;
import vn.hoptac.shared.ApiResponses;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.Role;

/** User administration for administrators. Responses never carry a password or its hash. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Accounts, roles, provinces and units (administrators)")
class UserApiController {

	private final UserService users;

	UserApiController(UserService users) {
		this.users = users;
	}

	@Operation(operationId = "listUsers", summary = "List users")
	@GetMapping
	PageResponse<UserResponse> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageResponse.of(users.list(Paging.of(page, size, Sort.by("username"))), UserResponse::of);
	}

	@Operation(operationId = "getUser", summary = "Get a user")
	@GetMapping("/{id}")
	UserResponse get(@PathVariable long id) {
		return UserResponse.of(users.get(id));
	}

	/** A new user with an initial password, which they must change at first sign-in. */
	@Operation(operationId = "createUser", summary = "Create a user with an initial password")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<UserResponse> create(@Valid @RequestBody UserRequest request) {
		User created = users.create(request.toDraft(), request.password());
		return ApiResponses.created(created.getId(), UserResponse.of(created));
	}

	@Operation(operationId = "updateUser", summary = "Update a user")
	@PutMapping("/{id}")
	UserResponse update(@PathVariable long id, @Valid @RequestBody UserRequest request) {
		return UserResponse.of(users.update(id, request.toDraft(), request.version()));
	}

	/** Sets a temporary password; the user must change it at next sign-in. */
	@Operation(operationId = "resetUserPassword", summary = "Set a user's temporary password")
	@PostMapping("/{id}/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void resetPassword(@PathVariable long id, @Valid @RequestBody PasswordRequest request) {
		users.resetPassword(id, request.password());
	}

	/**
	 * Body of POST and PUT. {@code username} and {@code password} are read only when creating;
	 * {@code version} is the one the client read; {@code enabled} and {@code digestEnabled} default to
	 * true; {@code email} (optional) receives the daily digest of reminders.
	 */
	@AcceptsFieldsOf(UserResponse.class)
	record UserRequest(@Size(max = User.USERNAME_LENGTH) String username,
			@Size(max = User.DISPLAY_NAME_LENGTH) String displayName, Role role, Long provinceId, Long organisationId,
			Boolean enabled, @Size(max = User.EMAIL_LENGTH) String email, Boolean digestEnabled, String password,
			Long version) {

		UserDraft toDraft() {
			return new UserDraft(username, displayName, role, provinceId, organisationId,
					enabled == null || enabled, email, digestEnabled == null || digestEnabled);
		}

	}

	/** Body of a password reset. */
	record PasswordRequest(String password) {
	}

	/** A user as the API shows it. */
	record UserResponse(Long id, String username, String displayName, Role role, Long provinceId,
			Long organisationId, boolean enabled, String email, boolean digestEnabled, boolean mustChangePassword,
			String language, Instant createdAt, long version) {

		static UserResponse of(User u) {
			return new UserResponse(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getProvinceId(),
					u.getOrganisationId(), u.isEnabled(), u.getEmail(), u.isDigestEnabled(), u.isMustChangePassword(),
					u.getLanguage(), u.getCreatedAt(), u.getVersion());
		}

	}

}
