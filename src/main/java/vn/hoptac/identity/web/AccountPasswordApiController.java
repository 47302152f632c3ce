package vn.hoptac.identity.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.hoptac.identity.UserService;

/**
 * The signed-in user's own password, for API clients: the one call a user who must change the
 * password may make. The new password also ends the user's signed-in browser sessions.
 */
@RestController
@RequestMapping("/api/v1/account/password")
@Tag(name = "Account", description = "Personal access tokens and password of the signed-in user")
class AccountPasswordApiController {

	private final UserService users;

	AccountPasswordApiController(UserService users) {
		this.users = users;
	}

	@PutMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change one's own password",
			description = "Needs the current password; the new one has at least 10 characters and differs from it.")
	void change(@RequestBody PasswordChangeRequest request) {
		users.changeOwnPassword(request.currentPassword(), request.newPassword());
	}

	/** Body of PUT: the current password and the new one. */
	record PasswordChangeRequest(String currentPassword, String newPassword) {
	}

}
