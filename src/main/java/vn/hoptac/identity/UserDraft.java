package vn.hoptac.identity;

import vn.hoptac.shared.Role;

/** What an administrator states about a user. */
public record UserDraft(String username, String displayName, Role role, Long provinceId, Long organisationId,
		boolean enabled) {
}
