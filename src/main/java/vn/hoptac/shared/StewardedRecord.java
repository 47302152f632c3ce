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
 * The columns every stewarded record keeps beside its own: its id, the source it was recorded from,
 * the folded text and collation key its list searches and orders by, when it was created and last
 * changed, who answers for it and who may read it, and the version that refuses a stale update. The
 * record type computes its search text and order key from its own fields and sets them here.
 */
@MappedSuperclass
public abstract class StewardedRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	protected String source;

	protected String searchText;

	protected String sortKey;

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

	public String getSource() {
		return source;
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
