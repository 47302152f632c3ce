package vn.hoptac.shared.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * What a list page shows while its download is written: "12.000 rows written…", then the total.
 * The page polls with the token it gave the export until the answer is 286, the status by which
 * htmx and the page's script stop polling. An unknown token is an export not yet started.
 */
@Controller
class ExportProgressPage {

	/** Stops the page's polling (htmx's convention). */
	static final int STOP_POLLING = 286;

	private final ExportProgress progress;

	private final MessageSource messages;

	ExportProgressPage(ExportProgress progress, MessageSource messages) {
		this.progress = progress;
		this.messages = messages;
	}

	@GetMapping("/exports/progress/{token}")
	@ResponseBody
	ResponseEntity<String> progress(@PathVariable String token, Locale locale) {
		var state = progress.of(token);
		String text = state.map(s -> messages.getMessage(s.finished() ? "export.progress.done" : "export.progress.rows",
				new Object[] { s.rows() }, locale))
			.orElseGet(() -> messages.getMessage("export.progress.waiting", null, locale));
		return ResponseEntity.status(state.filter(ExportProgress.State::finished).isPresent() ? STOP_POLLING : 200)
			.contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.body(text);
	}

}
