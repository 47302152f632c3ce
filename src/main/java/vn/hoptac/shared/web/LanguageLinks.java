package vn.hoptac.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The language switcher's links: this page, in each language. The advice also reaches REST
 * controllers (they are controllers too), so a link is built only when a page asks for it.
 */
@ControllerAdvice(annotations = Controller.class)
class LanguageLinks {

	@ModelAttribute("languageLinks")
	Links languageLinks(HttpServletRequest request) {
		return new Links(request);
	}

	/** {@code languageLinks.get('ko')}: the current page with {@code lang=ko}. */
	record Links(HttpServletRequest request) {

		public String get(String language) {
			return ServletUriComponentsBuilder.fromRequest(request)
				.replaceQueryParam("lang", language)
				.build()
				.toUriString();
		}

	}

}
