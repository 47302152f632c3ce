package vn.hoptac.exchanges.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import vn.hoptac.exchanges.Exchange;
import vn.hoptac.exchanges.ExchangeCount;
import vn.hoptac.exchanges.ExchangeDirection;
import vn.hoptac.exchanges.ExchangeDraft;
import vn.hoptac.exchanges.ExchangeKind;
import vn.hoptac.exchanges.ExchangeMeasure;
import vn.hoptac.exchanges.ExchangeSex;
import vn.hoptac.exchanges.ExchangeStatus;
import vn.hoptac.exchanges.ExchangeUnit;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.shared.AcceptsFieldsOf;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.RecordRequest;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Visibility;

/**
 * Body of POST and PUT. {@code startOn} and {@code endOn} may be a year, a month, a day or a bound
 * ({@code ..2014}); one Vietnamese party (locality or organisation) is required, a foreign one is
 * optional ({@code foreignCountry} alone when only the country is known); {@code version} is the
 * one read. What GET answers can be sent back as it is.
 */
@AcceptsFieldsOf(ExchangeResponse.class)
record ExchangeRequest(@Size(max = Exchange.TITLE_LENGTH) String title, ExchangeKind kind, ExchangeStatus status,
		@Size(max = Exchange.PROGRAMME_LENGTH) String programmeName, Long vnLocalityId, Long vnOrganisationId,
		Long foreignLocalityId, Long foreignOrganisationId, String foreignCountry, Long partnershipId, Long projectId,
		Boolean online, String startOn, String endOn, @Size(max = Exchange.DESCRIPTION_LENGTH) String description,
		Set<CooperationField> fields, List<@Valid CountRequest> counts,
		@Size(max = Exchange.SOURCE_LENGTH) String source, Visibility visibility, Long version)
		implements RecordRequest<ExchangeDraft> {

	/**
	 * A count: {@code year} null for the whole period; {@code sex} ALL (the default) when the source
	 * does not split it; {@code measure} PARTICIPANTS, {@code unit} PERSONS and {@code qualifier}
	 * EXACT unless said otherwise ("hơn 120": MORE_THAN).
	 */
	record CountRequest(ExchangeDirection direction, Integer year, ExchangeSex sex, ExchangeMeasure measure,
			ExchangeUnit unit, Integer count, Qualifier qualifier,
			@Size(max = Exchange.NOTE_LENGTH) String note) {

		ExchangeCount toCount() {
			return new ExchangeCount(direction, year, sex == null ? ExchangeSex.ALL : sex,
					measure == null ? ExchangeMeasure.PARTICIPANTS : measure, unit == null ? ExchangeUnit.PERSONS : unit,
					count, qualifier == null ? Qualifier.EXACT : qualifier, note);
		}

	}

	@Override
	public ExchangeDraft toDraft() {
		var errors = new RuleViolationException.Collector();
		PartialDate start = PartialDates.parse(startOn, "startOn", errors);
		PartialDate end = PartialDates.parse(endOn, "endOn", errors);
		errors.throwIfAny();
		return new ExchangeDraft(title, kind, status, programmeName, vnLocalityId, vnOrganisationId,
				foreignLocalityId, foreignOrganisationId, foreignCountry, partnershipId, projectId,
				Boolean.TRUE.equals(online), start, end, description, fields,
				counts == null ? null : counts.stream().map(CountRequest::toCount).toList(), source, visibility);
	}

}
