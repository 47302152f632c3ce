package vn.hoptac.policies.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.hoptac.policies.PolicyDocument;
import vn.hoptac.shared.LabelOf;
import vn.hoptac.sources.CitationResponse;
import vn.hoptac.sources.Citations;

/** Policy documents as the API shows them: the kind's label in the reader's language, the source's citations. */
@Component
class PolicyViews {

	private final MessageSource messages;

	private final Citations citations;

	PolicyViews(MessageSource messages, Citations citations) {
		this.messages = messages;
		this.citations = citations;
	}

	PolicyResponse of(PolicyDocument document) {
		return PolicyResponse.of(document,
				messages.getMessage(LabelOf.of(document.getKind()), LocaleContextHolder.getLocale()),
				CitationResponse.of(citations.of(document.getSource())));
	}

}
