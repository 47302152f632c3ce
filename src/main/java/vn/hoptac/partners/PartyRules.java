package vn.hoptac.partners;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.shared.Countries;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Visibility;

/**
 * The rules every record that names its parties as columns (a Vietnamese and a foreign locality or
 * organisation) shares with partnerships: one of the two ids, existing and readable by the writer,
 * of the right side, shared at least as widely as the record; and a period that does not end
 * before it starts. Records of other modules (exchanges, memberships, events) call it, so the
 * rules read the same everywhere.
 */
@Component
public class PartyRules {

	private final LocalityService localities;

	private final OrganisationService organisations;

	PartyRules(LocalityService localities, OrganisationService organisations) {
		this.localities = localities;
		this.organisations = organisations;
	}

	/**
	 * A party as the rules need it: its Vietnamese name, its country, the current Vietnamese province
	 * it belongs to (null for a national body or a foreign one) and who may read it (localities are
	 * public).
	 */
	public record Checked(String name, String country, Long province, Visibility visibility) {
	}

	/** Which side a party must be on. */
	public enum Side {

		VN, FOREIGN, ANY

	}

	/**
	 * Checks a party given by a locality or an organisation id; {@code required} false accepts
	 * neither. Errors are reported at the locality field, or at the organisation field when that
	 * is the one given.
	 */
	public Optional<Checked> check(Long localityId, Long organisationId, String localityField,
			String organisationField, Side side, boolean required, Visibility visibility,
			RuleViolationException.Collector errors) {
		if (localityId == null && organisationId == null) {
			errors.rejectIf(required, localityField, "partnership.onePartyRequired");
			return Optional.empty();
		}
		if (localityId != null && organisationId != null) {
			errors.reject(localityField, "partnership.onePartyRequired");
			return Optional.empty();
		}
		Checked party;
		String field;
		if (localityId != null) {
			field = localityField;
			Locality locality = localities.byIds(List.of(localityId)).get(localityId);
			if (locality == null) {
				errors.reject(field, "validation.unknownReference", localityId);
				return Optional.empty();
			}
			party = new Checked(locality.getNames().vi(), locality.getCountry(), localities.currentProvinceOf(localityId).orElse(null),
					Visibility.PUBLIC);
		}
		else {
			field = organisationField;
			Optional<Checked> organisation = organisation(organisationId, field, visibility, errors);
			if (organisation.isEmpty()) {
				return Optional.empty();
			}
			party = organisation.get();
		}
		errors.rejectIf(side == Side.VN && !Countries.VIETNAM.equals(party.country()), field,
				"partnership.vnPartyNotVietnamese");
		errors.rejectIf(side == Side.FOREIGN && Countries.VIETNAM.equals(party.country()), field,
				"partnership.foreignPartyVietnamese");
		return Optional.of(party);
	}

	/**
	 * An organisation the record refers to (an organiser, a network, who gave an award): it must be
	 * readable by the writer (otherwise it is answered as unknown) and shared at least as widely as
	 * the record, or its name would show to readers it is hidden from.
	 */
	public Optional<Checked> organisation(Long organisationId, String field, Visibility visibility,
			RuleViolationException.Collector errors) {
		if (organisationId == null) {
			return Optional.empty();
		}
		Organisation organisation = organisations.readableByIds(List.of(organisationId)).get(organisationId);
		if (organisation == null) {
			errors.reject(field, "validation.unknownReference", organisationId);
			return Optional.empty();
		}
		errors.rejectIf(!organisation.getStewardship().visibility().sharedAsWidelyAs(visibility), field,
				"validation.referenceSharedLessWidely", organisationId);
		return Optional.of(new Checked(organisation.getNames().vi(), organisation.getCountry(), organisation.getStewardship().provinceId(),
				organisation.getStewardship().visibility()));
	}

	/** The organisation's type, if it is readable: for rules on what kind of body a reference must be. */
	public Optional<OrganisationType> typeOf(Long organisationId) {
		return organisationId == null ? Optional.empty()
				: Optional.ofNullable(organisations.readableByIds(List.of(organisationId)).get(organisationId))
					.map(Organisation::getType);
	}

	/** A locality the record refers to (a venue); localities are public. */
	public Optional<Locality> locality(Long localityId, String field, RuleViolationException.Collector errors) {
		if (localityId == null) {
			return Optional.empty();
		}
		Locality locality = localities.byIds(List.of(localityId)).get(localityId);
		errors.rejectIf(locality == null, field, "validation.unknownReference", localityId);
		return Optional.ofNullable(locality);
	}

	/**
	 * A period that definitely ends before it starts is refused at the end's field. Whole periods
	 * are compared (2019 does not end before 2019-03), and a bound ("on or before") says nothing a
	 * start could contradict.
	 */
	public static void checkPeriod(PartialDate start, PartialDate end, String endField,
			RuleViolationException.Collector errors) {
		errors.rejectIf(start != null && end != null && !start.isBound() && !end.isBound()
				&& lastDay(end).isBefore(start.date()), endField, "validation.endBeforeStart");
	}

	private static LocalDate lastDay(PartialDate date) {
		return switch (date.precision().period()) {
			case YEAR -> date.date().plusYears(1).minusDays(1);
			case MONTH -> date.date().plusMonths(1).minusDays(1);
			default -> date.date();
		};
	}

}
