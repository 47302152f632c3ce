package vn.hoptac.delegations.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.hoptac.delegations.Delegation;
import vn.hoptac.delegations.DelegationGuest;
import vn.hoptac.delegations.StatsGrouping;
import vn.hoptac.delegations.StatsRow;
import vn.hoptac.partners.Party;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.LabelOf;

/**
 * Names what delegations refer to, for the API and the pages alike: the parties of a page of
 * delegations in one query per kind, and the groups of the statistics in the reader's language.
 */
@Component
class DelegationNames {

	private final PartyDirectory directory;

	private final MessageSource messages;

	DelegationNames(PartyDirectory directory, MessageSource messages) {
		this.directory = directory;
		this.messages = messages;
	}

	/** Every party a delegation names: Vietnamese, foreign and guests. */
	PartyDirectory.Lookup parties(Delegation delegation) {
		return parties(List.of(delegation), true);
	}

	/** The Vietnamese and foreign parties of a page of delegations: what a list shows of them. */
	PartyDirectory.Lookup listed(Collection<Delegation> delegations) {
		return parties(delegations, false);
	}

	private PartyDirectory.Lookup parties(Collection<Delegation> delegations, boolean guests) {
		List<Long> localities = new ArrayList<>();
		List<Long> organisations = new ArrayList<>();
		for (Delegation d : delegations) {
			localities.add(d.getVnLocalityId());
			localities.add(d.getForeignLocalityId());
			organisations.add(d.getVnOrganisationId());
			organisations.add(d.getForeignOrganisationId());
			for (DelegationGuest guest : guests ? d.getGuests() : List.<DelegationGuest>of()) {
				localities.add(guest.localityId());
				organisations.add(guest.organisationId());
			}
		}
		return directory.load(localities, organisations);
	}

	/** The partners the rows of a statistic by partner name. */
	PartyDirectory.Lookup partners(List<StatsRow> rows) {
		return directory.load(rows.stream().map(r -> (Long) r.key().get(0)).toList(),
				rows.stream().map(r -> (Long) r.key().get(1)).toList());
	}

	/** A group's key as text: "locality:12", "KR", "INBOUND", "2015"; null for what is unknown. */
	static String key(StatsGrouping grouping, StatsRow row) {
		if (grouping == StatsGrouping.PARTNER) {
			return PartyDirectory.Selection.key((Long) row.key().get(0), (Long) row.key().get(1));
		}
		Object value = row.key().get(0);
		return value == null ? null : value.toString();
	}

	/** A group's name in the reader's language. */
	String label(StatsGrouping grouping, StatsRow row, PartyDirectory.Lookup partners) {
		Locale locale = LocaleContextHolder.getLocale();
		Object value = row.key().get(0);
		if (grouping == StatsGrouping.PARTNER) {
			Party party = partners.party((Long) row.key().get(0), (Long) row.key().get(1));
			return party != null ? party.name() : messages.getMessage("delegation.stats.unknown", null, locale);
		}
		if (value == null) {
			return messages.getMessage("delegation.stats.unknown", null, locale);
		}
		return switch (grouping) {
			case COUNTRY -> new Locale.Builder().setRegion(value.toString()).build().getDisplayCountry(locale);
			case DIRECTION -> messages.getMessage(LabelOf.of((Enum<?>) value), locale);
			default -> value.toString();
		};
	}

}
