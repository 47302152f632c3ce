package vn.hoptac.monitoring.web;

import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoptac.audit.AuditService;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.monitoring.CooperationPlan;
import vn.hoptac.monitoring.FrameworkQuery;
import vn.hoptac.monitoring.FrameworkScope;
import vn.hoptac.monitoring.FrameworkService;
import vn.hoptac.monitoring.IndicatorMeasure;
import vn.hoptac.monitoring.IndicatorQuery;
import vn.hoptac.monitoring.IndicatorService;
import vn.hoptac.monitoring.IpttService;
import vn.hoptac.monitoring.PlanQuery;
import vn.hoptac.monitoring.PlanService;
import vn.hoptac.monitoring.ResultsFramework;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.FacetCounts;
import vn.hoptac.shared.Htmx;
import vn.hoptac.shared.PageLinks;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.RecordPages;

/**
 * The monitoring pages: the lists of plans, frameworks and indicators (htmx refreshes their rows
 * and facets), a plan, a framework with its results and indicators, its IPTT, and the History tab
 * of each. Everything goes through the services the API uses.
 */
@Controller
class MonitoringPages extends RecordPages {

	private final PlanService plans;

	private final FrameworkService frameworks;

	private final IndicatorService indicators;

	private final IpttService iptt;

	private final PartnershipService partnerships;

	private final LocalityService localities;

	private final AuditService audit;

	MonitoringPages(PlanService plans, FrameworkService frameworks, IndicatorService indicators, IpttService iptt,
			PartnershipService partnerships, LocalityService localities, AuditService audit) {
		this.plans = plans;
		this.frameworks = frameworks;
		this.indicators = indicators;
		this.iptt = iptt;
		this.partnerships = partnerships;
		this.localities = localities;
		this.audit = audit;
	}

	@GetMapping("/plans")
	String plans(@RequestParam(required = false) String q, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer page, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		var query = new PlanQuery(q, null, year);
		model.addAttribute("filters", new Filters(q, year, null));
		return list("plans", p -> plans.search(query, p), () -> plans.facetCounts(query), page, request, response,
				model);
	}

	@GetMapping("/frameworks")
	String frameworks(@RequestParam(required = false) String q, @RequestParam(required = false) FrameworkScope scope,
			@RequestParam(required = false) Integer page, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		var query = new FrameworkQuery(q, scope, null, null, null, null);
		model.addAttribute("filters", new Filters(q, null, scope));
		model.addAttribute("scopeOptions", FrameworkScope.values());
		return list("frameworks", p -> frameworks.search(query, p), () -> frameworks.facetCounts(query), page,
				request, response, model);
	}

	@GetMapping("/indicators")
	String indicators(@RequestParam(required = false) String q,
			@RequestParam(required = false) IndicatorMeasure measure, @RequestParam(required = false) Integer page,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		var query = new IndicatorQuery(q, null, measure, null);
		model.addAttribute("filters", new Filters(q, null, measure));
		model.addAttribute("measureOptions", IndicatorMeasure.values());
		return list("indicators", p -> indicators.search(query, p), () -> indicators.facetCounts(query), page,
				request, response, model);
	}

	/** One list page: its rows (all an htmx refresh needs) and, on a full page, its facets. */
	private String list(String name, Function<Pageable, Page<?>> search, java.util.function.Supplier<FacetCounts> facets,
			Integer page, HttpServletRequest request, HttpServletResponse response, Model model) {
		Page<?> found = search.apply(Paging.of(page, null, null, Map.of()));
		String lastPage = PageLinks.lastPageInstead(found, request, search);
		if (lastPage != null) {
			return "redirect:" + lastPage;
		}
		model.addAttribute("found", found.getContent());
		model.addAttribute("pages", PageLinks.of(found, request));
		model.addAttribute("facets", facets.get());
		model.addAttribute("canCreate", Access.current().map(actor -> actor.role().writes()).orElse(false));
		return Htmx.wantsFragment(request, response) ? "monitoring/" + name + " :: rows" : "monitoring/" + name;
	}

	@GetMapping("/plans/{id}")
	String plan(@PathVariable long id, Model model) {
		CooperationPlan plan = plans.get(id);
		model.addAttribute("plan", plan);
		model.addAttribute("canEdit", canEdit(plan.getStewardship()));
		model.addAttribute("locality", plan.getLocalityId() == null ? null : localities.get(plan.getLocalityId()));
		model.addAttribute("partnership", plan.getPartnershipId() == null ? null
				: partnerships.findReadable(plan.getPartnershipId()).orElse(null));
		model.addAttribute("planFrameworks",
				frameworks.search(new FrameworkQuery(null, null, id, null, null, null), Pageable.ofSize(50)).getContent());
		return "monitoring/plan";
	}

	@GetMapping("/frameworks/{id}")
	String framework(@PathVariable long id, Model model) {
		ResultsFramework framework = frameworks.get(id);
		model.addAttribute("framework", framework);
		model.addAttribute("canEdit", canEdit(framework.getStewardship()));
		model.addAttribute("indicators", indicators.ofFramework(id));
		model.addAttribute("plan", framework.getPlanId() == null ? null : plans.findReadable(framework.getPlanId()).orElse(null));
		model.addAttribute("partnership", framework.getPartnershipId() == null ? null
				: partnerships.findReadable(framework.getPartnershipId()).orElse(null));
		model.addAttribute("locality", framework.getLocalityId() == null ? null : localities.get(framework.getLocalityId()));
		return "monitoring/framework";
	}

	@GetMapping("/frameworks/{id}/iptt")
	String iptt(@PathVariable long id, Model model) {
		model.addAttribute("iptt", iptt.of(id));
		model.addAttribute("framework", frameworks.get(id));
		return "monitoring/iptt";
	}

	@GetMapping("/plans/{id}/history")
	String planHistory(@PathVariable long id, Model model) {
		CooperationPlan plan = plans.get(id);
		return history(PlanService.ENTITY, id, plan.getTitle(), "/plans", "nav.plans", model);
	}

	@GetMapping("/frameworks/{id}/history")
	String frameworkHistory(@PathVariable long id, Model model) {
		ResultsFramework framework = frameworks.get(id);
		return history(FrameworkService.ENTITY, id, framework.getTitle(), "/frameworks", "nav.frameworks", model);
	}

	@GetMapping("/indicators/{id}/history")
	String indicatorHistory(@PathVariable long id, Model model) {
		var indicator = indicators.get(id);
		return history(IndicatorService.ENTITY, id, indicator.getTitle(), "/indicators", "nav.indicators", model);
	}

	private String history(String entity, long id, String title, String base, String listKey, Model model) {
		model.addAttribute("title", title);
		model.addAttribute("base", base);
		model.addAttribute("id", id);
		model.addAttribute("listKey", listKey);
		model.addAttribute("events", audit.historyOf(entity, id));
		return "monitoring/history";
	}

	/** A list's current filters, to show them selected. */
	record Filters(String q, Integer year, Enum<?> code) {

		public boolean narrowed() {
			return q != null && !q.isBlank() || year != null || code != null;
		}

	}

}
