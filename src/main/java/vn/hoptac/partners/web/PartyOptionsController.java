package vn.hoptac.partners.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoptac.partners.PartyDirectory;

/**
 * The party pickers of the partnership and agreement forms: as the user types in the search box
 * above a party list, htmx replaces the list's options with the parties whose names match
 * ({@link PartyDirectory#matching}), instead of offering every locality and organisation at once.
 */
@Controller
class PartyOptionsController {

	private final PartyDirectory parties;

	PartyOptionsController(PartyDirectory parties) {
		this.parties = parties;
	}

	/** {@code side}: {@code vn}, {@code foreign} or anything else for both. */
	@GetMapping("/party-options")
	String options(@RequestParam(required = false) String partyQuery, @RequestParam(required = false) String side,
			Model model) {
		Boolean vietnamese = "vn".equals(side) ? Boolean.TRUE : "foreign".equals(side) ? Boolean.FALSE : null;
		PartyDirectory.Choices found = parties.matching(partyQuery, vietnamese);
		model.addAttribute("vnChoices", vietnamese == Boolean.FALSE ? PartyDirectory.Choices.NONE : found.onSide(true));
		model.addAttribute("foreignChoices", vietnamese == Boolean.TRUE ? PartyDirectory.Choices.NONE : found.onSide(false));
		model.addAttribute("nothingFound", found.localities().isEmpty() && found.organisations().isEmpty());
		return "fragments/registry :: partyPicker-options";
	}

}
