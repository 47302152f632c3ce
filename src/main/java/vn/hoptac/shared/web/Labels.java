package vn.hoptac.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Labels of codelist values for templates: {@code ${@labels.of(status)}} reads the message
 * {@code enum.PartnershipStatus.ACTIVE} in the reader's language.
 */
@Component("labels")
public class Labels {

	private final MessageSource messages;

	Labels(MessageSource messages) {
		this.messages = messages;
	}

	public String of(Enum<?> value) {
		if (value == null) {
			return "";
		}
		String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
		return messages.getMessage(key, null, value.name(), LocaleContextHolder.getLocale());
	}

}
