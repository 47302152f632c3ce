package vn.hoptac.reviews.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.reviews.PartnershipHealthService;
import vn.hoptac.reviews.ReviewConclusion;
import vn.hoptac.reviews.ReviewKind;
import vn.hoptac.reviews.ReviewQuery;
import vn.hoptac.reviews.ReviewService;
import vn.hoptac.shared.OwnProvince;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.RecordPages;

/**
 * The health page of a partnership ({@code /partnerships/{id}/health}: its state, stage, the reasons
 * with their records, its reviews), linked from the partnership page; and the attention list
 * ({@code /attention}) of a province (a provincial reader's own by default) or of the nation.
 */
@Controller
class HealthPageController extends RecordPages {

	private final PartnershipHealthService health;

	private final ReviewService reviews;

	private final PartyDirectory parties;

	HealthPageController(PartnershipHealthService health, ReviewService reviews, PartyDirectory parties) {
		this.health = health;
		this.reviews = reviews;
		this.parties = parties;
	}

	@GetMapping("/partnerships/{id}/health")
	String health(@PathVariable long id, Model model) {
		model.addAttribute("health", health.of(id));
		model.addAttribute("reviews", reviews
			.search(new ReviewQuery(null, id, null, null, null), Paging.of(0, 50, "-reviewed",
					ReviewApiController.SORT_KEYS))
			.getContent());
		return "reviews/health";
	}

	@GetMapping("/attention")
	String attention(@RequestParam(required = false) Long province, HttpServletRequest request, Model model) {
		Long place = OwnProvince.orRequested(request, province);
		model.addAttribute("found", health.needingAttention(place));
		model.addAttribute("province", place);
		model.addAttribute("provinceOptions", parties.currentProvinces());
		return "reviews/attention";
	}

	static final Class<?>[] LABELLED = { ReviewKind.class, ReviewConclusion.class };

}
