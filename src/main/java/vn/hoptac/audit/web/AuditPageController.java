package vn.hoptac.audit.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoptac.audit.AuditEvent;
import vn.hoptac.audit.AuditQuery;
import vn.hoptac.audit.AuditService;
import vn.hoptac.shared.PageLinks;
import vn.hoptac.shared.Htmx;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.RecordChanged;

/**
 * The audit log for administrators and national analysts: every write, newest first, searchable
 * by record, user, action and period, with the record's state before and after.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditPageController {

	/** The kinds of record the services write to the log. */
	static final List<String> ENTITIES = List.of("locality", "organisation", "partnership", "agreement", "user",
			"token");

	/** The kinds of record that have a page of their own. */
	static final List<String> LINKABLE = List.of("locality", "organisation", "partnership", "agreement");

	static final List<String> ACTIONS = List.of(RecordChanged.CREATED, RecordChanged.UPDATED, RecordChanged.DELETED,
			RecordChanged.ACTION);

	private final AuditService audit;

	AuditPageController(AuditService audit) {
		this.audit = audit;
	}

	@GetMapping
	String search(@ModelAttribute("filter") AuditFilter filter, BindingResult filterErrors,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		var newestFirst = Paging.of(Math.max(page, 0), Paging.DEFAULT_SIZE,
				Sort.by(Sort.Direction.DESC, "occurredAt", "id"));
		AuditQuery query = filter.toQuery();
		Page<AuditEvent> results = audit.search(query, newestFirst);
		String lastPage = PageLinks.lastPageInstead(results, request, p -> audit.search(query, p));
		if (lastPage != null) {
			return "redirect:" + lastPage;
		}
		model.addAttribute("results", results);
		model.addAttribute("pages", PageLinks.of(results, request));
		model.addAttribute("entities", ENTITIES);
		model.addAttribute("actions", ACTIONS);
		model.addAttribute("linkableEntities", LINKABLE);
		return Htmx.wantsFragment(request, response) ? "admin/audit :: rows" : "admin/audit";
	}
}
