package vn.hoptac.shared;

import java.time.Instant;

import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/**
 * The columns every kept record has beside its own: its id, when it was created and last changed,
 * who answers for it and who may read it ({@link Stewardship}), and the version that refuses a stale
 * update.
 */
@MappedSuperclass
public abstract class KeptRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant createdAt;

	private Instant updatedAt;

	@Embedded
	protected Stewardship stewardship;

	@Version
	private long version;

	@PrePersist
	@PreUpdate
	void touch() {
		Instant now = Instant.now();
		if (createdAt == null) {
			createdAt = now;
		}
		updatedAt = now;
	}

	public Long getId() {
		return id;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Stewardship getStewardship() {
		return stewardship;
	}

	public long getVersion() {
		return version;
	}

}
