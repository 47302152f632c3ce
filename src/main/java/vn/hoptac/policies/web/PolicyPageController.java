package vn.hoptac.policies.web;

import static vn.hoptac.shared.FormFields.trimmed;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoptac.audit.AuditService;
import vn.hoptac.policies.PolicyDocument;
import vn.hoptac.policies.PolicyDraft;
import vn.hoptac.policies.PolicyKind;
import vn.hoptac.policies.PolicyQuery;
import vn.hoptac.policies.PolicyService;
import vn.hoptac.shared.Deletions;
import vn.hoptac.shared.FacetCounts;
import vn.hoptac.shared.Htmx;
import vn.hoptac.shared.PageLinks;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.RecordFormPages;
import vn.hoptac.shared.SortLinks;
import vn.hoptac.shared.Visibility;

/**
 * The policy document pages: the faceted list (htmx refreshes its rows), a document with the one
 * that superseded it and those it superseded, its audit history and the blank form; creating,
 * editing and deleting are the shared record form pages'.
 */
@Controller
@RequestMapping("/policies")
class PolicyPageController extends RecordFormPages<PolicyDocument, PolicyDraft, PolicyForm> {

	/** The documents a form offers as the successor. */
	private static final int CHOICES = 200;

	private final PolicyService policies;

	private final AuditService audit;

	PolicyPageController(PolicyService policies, AuditService audit, Deletions deletions) {
		super("/policies", "policy", policies, deletions, PolicyDocument::getTitle, violations -> violations);
		this.policies = policies;
		this.audit = audit;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) PolicyKind kind,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		var query = new PolicyQuery(q, kind, year);
		Page<PolicyDocument> found = policies.search(query,
				Paging.of(page, size, trimmed(sort), PolicyApiController.SORT_KEYS));
		String lastPage = PageLinks.lastPageInstead(found, request, p -> policies.search(query, p));
		if (lastPage != null) {
			return "redirect:" + lastPage;
		}
		model.addAttribute("found", found.getContent());
		model.addAttribute("pages", PageLinks.of(found, request));
		model.addAttribute("sorts", SortLinks.of(request, sort));
		model.addAttribute("filters", new Filters(q, kind, year, trimmed(sort)));
		boolean fragment = Htmx.wantsFragment(request, response);
		boolean ownForm = fragment && Htmx.targets(request, "policy-rows");
		model.addAttribute("facetsOutOfBand", ownForm);
		if (!fragment || ownForm) {
			FacetCounts facets = policies.facetCounts(query);
			model.addAttribute("facets", facets);
			model.addAttribute("yearOptions", facets.years("year", year));
			model.addAttribute("kindOptions", PolicyKind.values());
		}
		return fragment ? "policies/list :: rows" : "policies/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		PolicyDocument document = policies.get(id);
		model.addAttribute("policy", document);
		model.addAttribute("supersededBy", policies.findReadable(document.getSupersededById()));
		model.addAttribute("superseded", policies.superseded(document));
		model.addAttribute("canEdit", policies.canWrite(document));
		model.addAttribute("canDelete", policies.canDelete(document));
		return "policies/detail";
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		model.addAttribute("policy", policies.get(id));
		model.addAttribute("events", audit.historyOf(PolicyService.ENTITY, id));
		return "policies/history";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		PolicyService.RIGHTS.checkWriter();
		return form(new PolicyForm(), null, model);
	}

	@Override
	protected PolicyForm formOf(PolicyDocument record) {
		return PolicyForm.of(record);
	}

	@Override
	protected PolicyDraft draft(PolicyForm form) {
		return form.toDraft();
	}

	@Override
	protected String form(PolicyForm form, PolicyDocument existing, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("policy", existing);
		model.addAttribute("id", existing == null ? null : existing.getId());
		List<PolicyDocument> others = policies
			.search(new PolicyQuery(null, null, null), PageRequest.of(0, CHOICES, Sort.by("sortKey")))
			.getContent()
			.stream()
			.filter(d -> existing == null || !d.getId().equals(existing.getId()))
			.toList();
		model.addAttribute("successorOptions", others);
		model.addAttribute("kindOptions", PolicyKind.values());
		model.addAttribute("visibilityOptions", Visibility.values());
		return "policies/form";
	}

	/** The list's current filters, to show them selected in the facets. */
	record Filters(String q, PolicyKind kind, Integer year, String sort) {

		public boolean narrowed() {
			return q != null && !q.isBlank() || kind != null || year != null;
		}

	}

}
