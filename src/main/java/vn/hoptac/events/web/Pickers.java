package vn.hoptac.events.web;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.partners.PartyDirectory.Selection;
import vn.hoptac.shared.RuleViolationException;

/**
 * What the forms of memberships, events and awards share: the party pickers start with the chosen
 * parties only (they search for others as one types), and a typed locality code wins over a choice.
 */
@Component
class Pickers {

	private final PartyDirectory parties;

	private final LocalityService localities;

	Pickers(PartyDirectory parties, LocalityService localities) {
		this.parties = parties;
		this.localities = localities;
	}

	/** Puts {@code vnChoices}, {@code foreignChoices} and {@code noChoices} in the model for the chosen parties. */
	void offer(Model model, String... selected) {
		PartyDirectory.Chosen chosen = parties.chosen(selected);
		model.addAttribute("vnChoices", chosen.vn());
		model.addAttribute("foreignChoices", chosen.foreign());
		model.addAttribute("noChoices", PartyDirectory.Choices.NONE);
	}

	/** The party a form names: a typed locality code, else the choice; reported at {@code field}. */
	Selection read(String selected, String code, String field, RuleViolationException.Collector errors) {
		return Selection.read(selected, code, this::localityIdByCode, field, errors);
	}

	private Optional<Long> localityIdByCode(String code) {
		return localities.findByCode(code).map(Locality::getId);
	}

}
