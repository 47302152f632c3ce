package vn.hoptac.events;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.DatePrecision.PartialDate;

/** A role held in a network ("host of the 37th Executive Committee meeting"), over a period as known. */
@Embeddable
public record MembershipRole(@Column(length = Membership.ROLE_LENGTH) String role, LocalDate fromOn,
		@Enumerated(EnumType.STRING) DatePrecision fromPrecision, LocalDate toOn,
		@Enumerated(EnumType.STRING) DatePrecision toPrecision) {

	public static MembershipRole of(String role, PartialDate from, PartialDate to) {
		return new MembershipRole(role, from == null ? null : from.date(), from == null ? null : from.precision(),
				to == null ? null : to.date(), to == null ? null : to.precision());
	}

	public PartialDate from() {
		return PartialDate.of(fromOn, fromPrecision);
	}

	public PartialDate to() {
		return PartialDate.of(toOn, toPrecision);
	}

}
