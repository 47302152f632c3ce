package vn.hoptac.shared;

import tools.jackson.databind.json.JsonMapper;

/**
 * A value written as JSON for a page's {@code <script type="application/json">} island: '<' is
 * escaped, so that no name (a partner called "</script>…") can close the island and run as markup.
 */
public final class JsonIsland {

	private JsonIsland() {
	}

	public static String of(JsonMapper json, Object value) {
		return json.writeValueAsString(value).replace("<", "\\u003c");
	}

}
