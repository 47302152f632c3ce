package vn.hoptac.identity.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A personal access token for API clients; only its SHA-256 hash is stored. */
@Entity
@Table(name = "access_token")
public class AccessToken {

	/** Size of access_token.name (db/migration), which requests are validated against. */
	public static final int NAME_LENGTH = 100;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long userId;

	@Column(length = NAME_LENGTH)
	private String name;

	private String tokenHash;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant lastUsedAt;

	protected AccessToken() {
	}

	public AccessToken(Long userId, String name, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	public boolean isValidAt(Instant now) {
		return expiresAt == null || now.isBefore(expiresAt);
	}

	public void usedAt(Instant now) {
		this.lastUsedAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getUserId() {
		return userId;
	}

	public String getName() {
		return name;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}

	public Instant getLastUsedAt() {
		return lastUsedAt;
	}

}
