package vn.hoptac.monitoring;

import java.time.Instant;

import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import vn.hoptac.shared.Stewardship;

/** What every monitoring record keeps: its id, who keeps it and who reads it, when it changed, its version. */
@MappedSuperclass
public abstract class MonitoringRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant createdAt;

	private Instant updatedAt;

	@Embedded
	private Stewardship stewardship;

	@Version
	private long version;

	void keptAs(Stewardship stewardship) {
		this.stewardship = stewardship;
	}

	@PrePersist
	@PreUpdate
	void touch() {
		Instant now = Instant.now();
		createdAt = createdAt == null ? now : createdAt;
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
