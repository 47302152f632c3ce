package vn.hoptac.events.web;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.hoptac.events.Award;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.sources.CitationResponse;
import vn.hoptac.sources.Citations;

/** Awards as the API shows them, with their recipients' and givers' names and their sources' citations. */
@Component
class AwardViews {

	private final PartyDirectory parties;

	private final Citations citations;

	AwardViews(PartyDirectory parties, Citations citations) {
		this.parties = parties;
		this.citations = citations;
	}

	List<AwardResponse> of(List<Award> awards) {
		PartyDirectory.Lookup names = parties.load(awards.stream().map(Award::getVnLocalityId).toList(),
				awards.stream()
					.flatMap(a -> Stream.of(a.getVnOrganisationId(), a.getAwardedByOrganisationId()))
					.toList());
		return awards.stream().map(a -> AwardResponse.of(a, names, citations(a.getSource()))).toList();
	}

	AwardResponse of(Award award) {
		return of(List.of(award)).get(0);
	}

	List<CitationResponse> citations(String source) {
		return CitationResponse.of(citations.of(source));
	}

}
