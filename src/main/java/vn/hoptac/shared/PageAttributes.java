package vn.hoptac.shared;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Something every rendered page's layout shows (the language switcher, the demo banner). Asked
 * only when a handler renders a view: API responses and redirects never pay for it, which a
 * {@code @ModelAttribute} advice cannot promise, since REST controllers are controllers too.
 */
public interface PageAttributes {

	void addTo(Map<String, Object> model, HttpServletRequest request);

}
