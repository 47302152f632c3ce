package vn.hoptac.events;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.hoptac.shared.Qualifier;

/**
 * A figure of an event's scale as the source gives it: one value ({@code valueMin} = {@code valueMax})
 * or a range ("400–800 delegates"), with what the source says of it ("hơn 1.000": MORE_THAN).
 */
@Embeddable
public record EventFigure(@Enumerated(EnumType.STRING) EventMeasure measure, Integer valueMin, Integer valueMax,
		@Enumerated(EnumType.STRING) Qualifier qualifier) {

	/** A single value is a range of one. */
	public EventFigure {
		valueMax = valueMax == null ? valueMin : valueMax;
	}

}
