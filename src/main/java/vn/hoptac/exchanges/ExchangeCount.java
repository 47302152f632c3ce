package vn.hoptac.exchanges;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.hoptac.shared.Qualifier;

/**
 * How many people took part (or completed) in one direction: in one year, or over the whole period
 * when {@code year} is null; by sex where the source splits it, else {@code ALL}. The qualifier keeps
 * what the source says of the number ("hơn 120", "gần 100").
 */
@Embeddable
public record ExchangeCount(@Enumerated(EnumType.STRING) ExchangeDirection direction, @Column(name = "count_year") Integer year,
		@Enumerated(EnumType.STRING) ExchangeSex sex, @Enumerated(EnumType.STRING) ExchangeMeasure measure,
		@Enumerated(EnumType.STRING) ExchangeUnit unit, Integer count,
		@Enumerated(EnumType.STRING) Qualifier qualifier, @Column(length = Exchange.NOTE_LENGTH) String note) {
}
