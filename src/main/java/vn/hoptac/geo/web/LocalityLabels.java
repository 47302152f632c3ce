package vn.hoptac.geo.web;

import java.time.LocalDate;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.hoptac.geo.Locality;
import vn.hoptac.shared.DateOf;

/**
 * A locality's name as pages show it: a unit no longer in force says until when it was
 * ("Bắc Kạn (đến 30/06/2025)"), so a former province is not taken for today's of the same name.
 * Templates call it as {@code @localityLabels.name(l)}.
 */
@Component("localityLabels")
public class LocalityLabels {

	private final MessageSource messages;

	LocalityLabels(MessageSource messages) {
		this.messages = messages;
	}

	public String name(Locality locality) {
		return name(locality.getNames().current(), locality.getValidTo());
	}

	/** A name with the last day of its unit, if the unit is no longer in force (a party's, say). */
	public String name(String name, LocalDate until) {
		if (until == null) {
			return name;
		}
		return messages.getMessage("locality.until", new Object[] { name, DateOf.of(until) },
				LocaleContextHolder.getLocale());
	}

}
