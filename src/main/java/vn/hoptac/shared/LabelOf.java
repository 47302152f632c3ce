package vn.hoptac.shared;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A codelist value as an argument of a message: resolved to its label ({@code enum.ActionType.SIGNED})
 * in the reader's language when the message is, so that a rule's message never shows a constant.
 */
public final class LabelOf {

	private LabelOf() {
	}

	public static MessageSourceResolvable of(Enum<?> value) {
		String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
		return new DefaultMessageSourceResolvable(new String[] { key }, value.name());
	}

}
