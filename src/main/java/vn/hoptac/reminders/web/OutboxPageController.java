package vn.hoptac.reminders.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoptac.reminders.DigestOutbox;
import vn.hoptac.reminders.OutboxMessage;
import vn.hoptac.shared.PageLinks;
import vn.hoptac.shared.Paging;

/** The digests written, sent or waiting, with the last error of those that failed (administrators). */
@Controller
@RequestMapping("/admin/outbox")
class OutboxPageController {

	private static final int PAGE_SIZE = 50;

	private final DigestOutbox outbox;

	OutboxPageController(DigestOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		Page<OutboxMessage> results = outbox
			.list(Paging.of(Math.max(page, 0), PAGE_SIZE, OutboxApiController.LATEST_FIRST));
		String lastPage = PageLinks.lastPageInstead(results, request, outbox::list);
		if (lastPage != null) {
			return "redirect:" + lastPage;
		}
		model.addAttribute("results", results);
		model.addAttribute("pages", PageLinks.of(results, request));
		return "admin/outbox";
	}

}
