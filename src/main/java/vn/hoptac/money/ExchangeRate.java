package vn.hoptac.money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** How many đồng one unit of a currency is worth over a period (a year), and where that comes from. */
@Entity
@Table(name = "exchange_rate")
public class ExchangeRate {

	public static final int SOURCE_LENGTH = 500;

	/** numeric(20, 6): 14 digits before the point, 6 after. */
	public static final int INTEGER_DIGITS = 14;

	public static final int FRACTION_DIGITS = 6;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(length = 3, nullable = false)
	private String currency;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(name = "valid_to", nullable = false)
	private LocalDate validTo;

	@Column(name = "vnd_per_unit", nullable = false, precision = 20, scale = 6)
	private BigDecimal vndPerUnit;

	@Enumerated(EnumType.STRING)
	@Column(length = 20, nullable = false)
	private RateKind kind;

	@Column(length = SOURCE_LENGTH, nullable = false)
	private String source;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected ExchangeRate() {
	}

	public ExchangeRate(RateDraft draft) {
		this.currency = draft.currency();
		this.validFrom = draft.validFrom();
		apply(draft);
	}

	/** Takes the draft's period end, rate, kind and source (the currency and start identify the row). */
	public void apply(RateDraft draft) {
		this.validTo = draft.validTo();
		this.vndPerUnit = draft.vndPerUnit();
		this.kind = draft.kind();
		this.source = draft.source();
	}

	@PrePersist
	@PreUpdate
	void stamp() {
		updatedAt = Instant.now();
		if (createdAt == null) {
			createdAt = updatedAt;
		}
	}

	/** Whether the rate holds on the day. */
	public boolean holdsOn(LocalDate date) {
		return !date.isBefore(validFrom) && !date.isAfter(validTo);
	}

	public Long getId() {
		return id;
	}

	public String getCurrency() {
		return currency;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public LocalDate getValidTo() {
		return validTo;
	}

	public BigDecimal getVndPerUnit() {
		return vndPerUnit;
	}

	public RateKind getKind() {
		return kind;
	}

	public String getSource() {
		return source;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}

}
