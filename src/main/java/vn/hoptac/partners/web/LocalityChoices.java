package vn.hoptac.partners.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityLevel;
import vn.hoptac.geo.LocalityQuery;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.shared.Countries;
import vn.hoptac.shared.Text;

/**
 * The localities a page offers to choose from without typing: every top-level unit (today's and
 * former Vietnamese provinces, Korean provinces and cities, foreign localities), grouped by country
 * with Vietnam first; and, for the form's search box, the units whose names match.
 */
@Component
public class LocalityChoices {

	private static final PageRequest ALL = PageRequest.of(0, 2000, Sort.by("sortKey"));

	private final LocalityService localities;

	LocalityChoices(LocalityService localities) {
		this.localities = localities;
	}

	List<Group> topLevel() {
		List<Locality> found = new ArrayList<>();
		Stream.concat(Stream.of(LocalityLevel.values()).filter(LocalityLevel::isProvincial),
				Stream.of(LocalityLevel.CITY, LocalityLevel.OTHER))
			.forEach(level -> localities.search(new LocalityQuery(null, null, level, null, null), ALL)
				.stream()
				.filter(l -> l.getParentId() == null)
				.forEach(found::add));
		return group(found);
	}

	/** Units whose names match the text, in the given country if one is chosen (at most 100). */
	List<Group> matching(String text, String country) {
		return group(localities
			.search(new LocalityQuery(text, Countries.isValid(Countries.normalise(country)) ? country : null, null, null,
					null), PageRequest.of(0, 100, Sort.by("sortKey")))
			.getContent());
	}

	/** The groups, plus the given locality if it is not among them (so a choice is never lost). */
	List<Group> withSelected(List<Group> groups, Long selectedId) {
		if (selectedId == null
				|| groups.stream().flatMap(g -> g.localities().stream()).anyMatch(l -> l.getId().equals(selectedId))) {
			return groups;
		}
		Locality selected = localities.byIds(List.of(selectedId)).get(selectedId);
		if (selected == null) {
			return groups;
		}
		List<Group> all = new ArrayList<>(groups);
		all.add(0, new Group(selected.getCountry(), List.of(selected)));
		return all;
	}

	private static List<Group> group(List<Locality> found) {
		Map<String, List<Locality>> byCountry = new LinkedHashMap<>();
		found.stream()
			.sorted(Comparator.comparing((Locality l) -> !Countries.VIETNAM.equals(l.getCountry()))
				.thenComparing(Locality::getCountry)
				.thenComparing(l -> l.getNames().vi(), Text.vietnameseCollator()))
			.forEach(l -> byCountry.computeIfAbsent(l.getCountry(), c -> new ArrayList<>()).add(l));
		return byCountry.entrySet()
			.stream()
			.map(e -> new Group(e.getKey(), e.getValue().stream().filter(Objects::nonNull).toList()))
			.toList();
	}

	/** Localities of one country, in Vietnamese order of their names. */
	public record Group(String country, List<Locality> localities) {
	}

}
