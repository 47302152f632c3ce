package vn.hoptac.identity.web;

import jakarta.validation.constraints.Size;
import vn.hoptac.identity.User;
import vn.hoptac.identity.UserDraft;
import vn.hoptac.shared.Role;

/**
 * The user form of the administration pages. The username and the initial password are asked only
 * when creating; field names follow the draft's, so the service's violations land next to them.
 */
public class UserForm {

	@Size(max = User.USERNAME_LENGTH)
	private String username;

	@Size(max = User.DISPLAY_NAME_LENGTH)
	private String displayName;

	private Role role;

	private Long provinceId;

	private Long organisationId;

	private boolean enabled = true;

	@Size(max = User.EMAIL_LENGTH)
	private String email;

	private boolean digestEnabled = true;

	private String password;

	private Long version;

	static UserForm of(User user) {
		UserForm form = new UserForm();
		form.username = user.getUsername();
		form.displayName = user.getDisplayName();
		form.role = user.getRole();
		form.provinceId = user.getProvinceId();
		form.organisationId = user.getOrganisationId();
		form.enabled = user.isEnabled();
		form.email = user.getEmail();
		form.digestEnabled = user.isDigestEnabled();
		form.version = user.getVersion();
		return form;
	}

	UserDraft toDraft() {
		return new UserDraft(username == null ? null : username.trim(),
				displayName == null ? null : displayName.trim(), role, provinceId, organisationId, enabled, email,
				digestEnabled);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getProvinceId() {
		return provinceId;
	}

	public void setProvinceId(Long provinceId) {
		this.provinceId = provinceId;
	}

	public Long getOrganisationId() {
		return organisationId;
	}

	public void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public boolean isDigestEnabled() {
		return digestEnabled;
	}

	public void setDigestEnabled(boolean digestEnabled) {
		this.digestEnabled = digestEnabled;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
