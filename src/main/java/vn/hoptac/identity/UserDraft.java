package vn.hoptac.identity;

import vn.hoptac.shared.Role;

/** What an administrator states about a user: rights, and where the daily digest of reminders goes. */
public record UserDraft(String username, String displayName, Role role, Long provinceId, Long organisationId,
		boolean enabled, String email, boolean digestEnabled) {

	/** A user without an e-mail address (who therefore gets no digest). */
	public UserDraft(String username, String displayName, Role role, Long provinceId, Long organisationId,
			boolean enabled) {
		this(username, displayName, role, provinceId, organisationId, enabled, null, true);
	}

}
