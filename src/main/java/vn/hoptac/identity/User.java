package vn.hoptac.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.fasterxml.jackson.annotation.JsonIgnore;

import vn.hoptac.shared.Actor;
import vn.hoptac.shared.Role;

/** A person who signs in: a role, and for provincial roles the province (and unit) they work for. */
@Entity
@Table(name = "app_user")
public class User {

	/** Column sizes of app_user (db/migration): the schema's limits, which requests are validated against. */
	public static final int USERNAME_LENGTH = 60;

	public static final int DISPLAY_NAME_LENGTH = 200;

	/** The longest address SMTP carries (RFC 5321's path limit less its brackets). */
	public static final int EMAIL_LENGTH = 254;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(length = USERNAME_LENGTH)
	private String username;

	@JsonIgnore
	private String passwordHash;

	@Column(length = DISPLAY_NAME_LENGTH)
	private String displayName;

	@Enumerated(EnumType.STRING)
	private Role role;

	private Long provinceId;

	private Long organisationId;

	private boolean enabled;

	/** Where the daily digest of reminders goes; none: no digest. */
	@Column(length = EMAIL_LENGTH)
	private String email;

	/** Whether the user wants the daily digest (when they have an address). */
	private boolean digestEnabled = true;

	private boolean mustChangePassword;

	private String language;

	/** The security stamp: raised when the password changes, which ends the sessions signed in before. */
	private long securityVersion;

	private Instant createdAt;

	@Version
	private long version;

	protected User() {
	}

	User(String username, String passwordHash, String displayName, Role role, Long provinceId, Long organisationId,
			String email, boolean digestEnabled, boolean mustChangePassword, Instant now) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.provinceId = provinceId;
		this.organisationId = organisationId;
		this.enabled = true;
		this.email = email;
		this.digestEnabled = digestEnabled;
		this.mustChangePassword = mustChangePassword;
		this.createdAt = now;
	}

	public Actor actor() {
		return new Actor(username, role, provinceId, organisationId);
	}

	void assign(String displayName, Role role, Long provinceId, Long organisationId, boolean enabled, String email,
			boolean digestEnabled) {
		this.displayName = displayName;
		this.email = email;
		this.digestEnabled = digestEnabled;
		this.role = role;
		this.provinceId = provinceId;
		this.organisationId = organisationId;
		this.enabled = enabled;
	}

	void changePassword(String passwordHash, boolean mustChangeNext) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangeNext;
		this.securityVersion++;
	}

	void chooseLanguage(String language) {
		this.language = language;
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	@JsonIgnore
	public String getPasswordHash() {
		return passwordHash;
	}

	public String getDisplayName() {
		return displayName;
	}

	public Role getRole() {
		return role;
	}

	public Long getProvinceId() {
		return provinceId;
	}

	public Long getOrganisationId() {
		return organisationId;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public String getEmail() {
		return email;
	}

	public boolean isDigestEnabled() {
		return digestEnabled;
	}

	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	public String getLanguage() {
		return language;
	}

	public long getSecurityVersion() {
		return securityVersion;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getVersion() {
		return version;
	}

}
