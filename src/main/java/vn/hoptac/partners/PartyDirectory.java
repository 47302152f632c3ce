package vn.hoptac.partners;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityLevel;
import vn.hoptac.geo.LocalityQuery;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.shared.Countries;
import vn.hoptac.shared.ExportRow;
import vn.hoptac.shared.Names;
import vn.hoptac.shared.RecordExport;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Text;

/** Names parties for display: one query per kind of party for a page of records, names as they are now. */
@Component
public class PartyDirectory {

	/** Enough for every unit in force and every organisation of a province's registry. */
	private static final int CHOICES = 5000;

	private final LocalityService localities;

	private final OrganisationService organisations;

	private final Clock clock;

	PartyDirectory(LocalityService localities, OrganisationService organisations, Clock clock) {
		this.localities = localities;
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * The parties of these ids, read by id through statements built once ({@link vn.hoptac.shared.ByIds}):
	 * a list names its page's parties on every request, and a query with a list of ids is translated
	 * to SQL anew on every call (docs/benchmarks.md). No id, no query.
	 */
	public Lookup load(Collection<Long> localityIds, Collection<Long> organisationIds) {
		return load(localityIds, organisationIds, organisations::byIds);
	}

	/** The parties of these ids, the organisations found by {@code organisationsByIds}. */
	private Lookup load(Collection<Long> localityIds, Collection<Long> organisationIds,
			Function<List<Long>, Map<Long, Organisation>> organisationsByIds) {
		return new Lookup(named(localities.byIds(present(localityIds)).values(), PartyDirectory::named),
				named(organisationsByIds.apply(present(organisationIds)).values(), PartyDirectory::named));
	}

	/**
	 * The columns "vnParty" and "foreignParty" of an export of records that hold both sides'
	 * {@code vnLocalityId}, {@code vnOrganisationId}, {@code foreignLocalityId} and
	 * {@code foreignOrganisationId}, headed {@code <labelPrefix>.vnParty} and {@code <labelPrefix>.foreignParty}.
	 */
	public <E> UnaryOperator<RecordExport<E>> bothSides(String labelPrefix) {
		return export -> export.related("vnParty", labelPrefix + ".vnParty", partiesAt("vnLocalityId", "vnOrganisationId"))
			.related("foreignParty", labelPrefix + ".foreignParty",
					partiesAt("foreignLocalityId", "foreignOrganisationId"));
	}

	/**
	 * The party of each row of an export's page, named from the locality id or (without one) the
	 * organisation id the row holds at these attributes (either may be null: the records hold no such
	 * id): one directory lookup per page.
	 */
	public RecordExport.Related partiesAt(String localityAttribute, String organisationAttribute) {
		List<String> reads = Stream.of(localityAttribute, organisationAttribute).filter(a -> a != null).toList();
		return RecordExport.Related.reading(reads, rows -> {
			Lookup names = load(idsAt(rows, localityAttribute), idsAt(rows, organisationAttribute));
			Map<Long, Party> parties = new HashMap<>();
			for (ExportRow row : rows) {
				Party party = names.party(idAt(row, localityAttribute), idAt(row, organisationAttribute));
				if (party != null) {
					parties.put(row.id(), party);
				}
			}
			return parties;
		});
	}

	private static List<Long> idsAt(List<ExportRow> rows, String attribute) {
		return attribute == null ? List.of() : rows.stream().map(row -> idAt(row, attribute)).toList();
	}

	private static Long idAt(ExportRow row, String attribute) {
		return attribute == null ? null : (Long) row.get(attribute);
	}

	private static List<Long> present(Collection<Long> ids) {
		return ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
	}

	/**
	 * As {@link #load}, without the organisations the current reader may not read: what a form sent
	 * back may show of the parties it names, so that it shows an unreadable one as it would an
	 * unknown id.
	 */
	public Lookup loadReadable(Collection<Long> localityIds, Collection<Long> organisationIds) {
		return load(localityIds, organisationIds, organisations::readableByIds);
	}

	/**
	 * The actors of a network among these parties: each one the reader may read, keyed
	 * {@link Selection#key}, with its names, country and pillar (a locality's is government), read
	 * in one query per kind that loads no entity.
	 */
	public Map<String, Actor> readableActors(Collection<Long> localityIds, Collection<Long> organisationIds) {
		Map<String, Actor> actors = new HashMap<>();
		localities.namesByIds(present(localityIds))
			.forEach((id, l) -> actors.put(Selection.key(id, null),
					new Actor(Selection.key(id, null), l.names(), l.country(), Pillar.GOVERNMENT)));
		organisations.readableNamesByIds(present(organisationIds))
			.forEach((id, o) -> actors.put(Selection.key(null, id), new Actor(Selection.key(null, id), o.names(),
					o.country(), Pillar.of(o.type()).orElse(Pillar.COMMUNITY))));
		return actors;
	}

	/** A party as an actor of the network: its key, names, country and pillar. */
	public record Actor(String key, Names names, String country, Pillar pillar) {
	}

	/**
	 * What a form's pickers start with: the parties it has chosen that the reader may read,
	 * Vietnamese ones and foreign ones apart; the pickers search for the others.
	 */
	public Chosen chosen(Collection<Selection> selections) {
		Lookup current = loadReadable(selections.stream().map(Selection::localityId).toList(),
				selections.stream().map(Selection::organisationId).toList());
		Choices vn = Choices.NONE;
		Choices foreign = Choices.NONE;
		for (Selection s : selections) {
			Party party = current.party(s.localityId(), s.organisationId());
			if (party != null && Countries.VIETNAM.equals(party.country())) {
				vn = vn.including(party);
			}
			else if (party != null) {
				foreign = foreign.including(party);
			}
		}
		return new Chosen(vn, foreign);
	}

	/** The parties a form has chosen, by side ({@link #chosen}). */
	public record Chosen(Choices vn, Choices foreign) {
	}

	/** A locality's name in the reader's language, or null if there is none with this id. */
	public String localityName(long id) {
		return nameIn(loadReadable(List.of(id), List.of()).localities().get(id));
	}

	/** An organisation's name in the reader's language, or null if the reader may not read it (or it is gone). */
	public String organisationName(long id) {
		return nameIn(loadReadable(List.of(), List.of(id)).organisations().get(id));
	}

	private static String nameIn(Named named) {
		return named == null ? null : named.names().current();
	}

	/**
	 * Today's Vietnamese provinces and centrally run cities, in the order of their names in the
	 * reader's language: the province facet of the lists (which roll up predecessors).
	 */
	public List<Locality> currentProvinces() {
		LocalDate today = LocalDate.now(clock);
		return Stream.of(LocalityLevel.PROVINCE, LocalityLevel.MUNICIPALITY)
			.flatMap(level -> localities
				.search(new LocalityQuery(null, Countries.VIETNAM, level, null, today), PageRequest.of(0, CHOICES))
				.stream())
			.sorted(Comparator.comparing((Locality l) -> l.getNames().current(), collator()))
			.toList();
	}

	/**
	 * What a form offers as the Vietnamese or the foreign party: localities in force today
	 * (Vietnamese ones at province level; other units are entered by code) and the organisations
	 * the reader may see, each in the order of their names in the reader's language.
	 */
	public Choices choices(boolean vietnamese) {
		LocalDate today = LocalDate.now(clock);
		List<Party> places = localities
			.search(new LocalityQuery(null, null, null, null, today), PageRequest.of(0, CHOICES, Sort.by("sortKey")))
			.stream()
			.filter(l -> Countries.VIETNAM.equals(l.getCountry()) == vietnamese)
			.filter(l -> !vietnamese || l.getLevel().isProvincial())
			.map(PartyDirectory::party)
			.sorted(Comparator.comparing(Party::name, collator()))
			.toList();
		List<Party> bodies = organisations
			.search(new OrganisationQuery(null, null, null, null), PageRequest.of(0, CHOICES, Sort.by("sortKey")))
			.stream()
			.filter(o -> Countries.VIETNAM.equals(o.getCountry()) == vietnamese)
			.map(PartyDirectory::party)
			.sorted(Comparator.comparing(Party::name, collator()))
			.toList();
		return new Choices(places, bodies);
	}

	/**
	 * The Vietnamese party a new record of this writer most likely names, as a form's choice: a
	 * department focal official's unit, or the province of a provincial role; none for others.
	 */
	public static String ownParty(vn.hoptac.shared.Actor actor) {
		if (actor.organisationId() != null) {
			return Selection.key(null, actor.organisationId());
		}
		return actor.role().isProvincial() ? Selection.key(actor.provinceId(), null) : null;
	}

	/** How many parties a search of the form's party picker offers. */
	public static final int MATCHES = 40;

	/**
	 * What a form's party picker offers for the words typed: localities in force today (at any
	 * level, so a district is found by its name) and readable organisations whose names contain
	 * them, folded as every search is; Vietnamese ones, foreign ones, or both ({@code vietnamese} null).
	 */
	public Choices matching(String text, Boolean vietnamese) {
		LocalDate today = LocalDate.now(clock);
		List<Party> places = localities
			.search(new LocalityQuery(text, null, null, null, today), PageRequest.of(0, MATCHES * 4, Sort.by("sortKey")))
			.stream()
			.filter(l -> vietnamese == null || Countries.VIETNAM.equals(l.getCountry()) == vietnamese)
			.limit(MATCHES)
			.map(PartyDirectory::party)
			.toList();
		List<Party> bodies = organisations
			.search(new OrganisationQuery(text, null, null, null), PageRequest.of(0, MATCHES * 4, Sort.by("sortKey")))
			.stream()
			.filter(o -> vietnamese == null || Countries.VIETNAM.equals(o.getCountry()) == vietnamese)
			.limit(MATCHES)
			.map(PartyDirectory::party)
			.toList();
		return new Choices(places, bodies);
	}

	private static Party party(Locality l) {
		return named(l).party();
	}

	private static Party party(Organisation o) {
		return named(o).party();
	}

	private static <T> Map<Long, Named> named(Collection<T> records, Function<T, Named> naming) {
		return records.stream().map(naming).collect(Collectors.toMap(Named::id, Function.identity()));
	}

	private static Named named(Locality l) {
		return new Named(Party.LOCALITY, l.getId(), l.getCode(), l.getNames(), l.getCountry(), l.getValidTo());
	}

	private static Named named(Organisation o) {
		return new Named(Party.ORGANISATION, o.getId(), o.getAbbreviation(), o.getNames(), o.getCountry());
	}

	private static Comparator<String> collator() {
		Locale locale = LocaleContextHolder.getLocale();
		if ("vi".equals(locale.getLanguage())) {
			return Text.vietnameseCollator()::compare;
		}
		return java.text.Collator.getInstance(locale)::compare;
	}

	/** Loaded parties; names come in the current request's language. */
	public record Lookup(Map<Long, Named> localities, Map<Long, Named> organisations) {

		public Party party(Long localityId, Long organisationId) {
			if (localityId != null && localities.containsKey(localityId)) {
				return localities.get(localityId).party();
			}
			if (organisationId != null && organisations.containsKey(organisationId)) {
				return organisations.get(organisationId).party();
			}
			return null;
		}

	}

	/** What naming a party takes: its names in every language, code and country. */
	public record Named(String kind, Long id, String code, Names names, String country, LocalDate until) {

		public Named(String kind, Long id, String code, Names names, String country) {
			this(kind, id, code, names, country, null);
		}

		Party party() {
			return new Party(kind, id, code, names.current(), country, names.currentLanguage(), until);
		}

	}

	/**
	 * What the pickers of a form start with: the parties its selections name ({@code locality:12},
	 * {@code organisation:5}; unreadable or blank ones left out), Vietnamese ones apart from foreign
	 * ones. The pickers search for the others as one types.
	 */
	public Chosen chosen(String... selections) {
		return chosen(java.util.stream.Stream.of(selections).map(s -> Selection.parse(s).orElse(Selection.NONE)).toList());
	}

	/** Parties a form offers on one side: localities and organisations. */
	public record Choices(List<Party> localities, List<Party> organisations) {

		/** Nothing offered yet: a picker starts with the party chosen, if any, and searches for the others. */
		public static final Choices NONE = new Choices(List.of(), List.of());

		/** The Vietnamese parties of these, or the foreign ones. */
		public Choices onSide(boolean vietnamese) {
			return new Choices(
					localities.stream().filter(p -> Countries.VIETNAM.equals(p.country()) == vietnamese).toList(),
					organisations.stream().filter(p -> Countries.VIETNAM.equals(p.country()) == vietnamese).toList());
		}

		/** These choices and the given party (a record's current one, perhaps a unit no longer in force). */
		public Choices including(Party party) {
			if (party == null) {
				return this;
			}
			boolean locality = Party.LOCALITY.equals(party.kind());
			List<Party> list = locality ? localities : organisations;
			if (list.stream().anyMatch(p -> p.id().equals(party.id()))) {
				return this;
			}
			List<Party> extended = new ArrayList<>(list);
			extended.add(0, party);
			return locality ? new Choices(extended, organisations) : new Choices(localities, extended);
		}

	}

	/**
	 * A party as a form names it: {@code locality:12} or {@code organisation:5}, the values of the
	 * {@link Choices} a form offers.
	 */
	public record Selection(Long localityId, Long organisationId) {

		public static final Selection NONE = new Selection(null, null);

		public static String key(Long localityId, Long organisationId) {
			if (localityId != null) {
				return Party.LOCALITY + ":" + localityId;
			}
			return organisationId == null ? null : Party.ORGANISATION + ":" + organisationId;
		}

		/** The selection a value names; empty when it names none. */
		public static Optional<Selection> parse(String value) {
			if (value == null || value.isBlank()) {
				return Optional.of(NONE);
			}
			String[] parts = value.trim().split(":", 2);
			try {
				long id = Long.parseLong(parts.length == 2 ? parts[1] : "");
				return switch (parts[0]) {
					case Party.LOCALITY -> Optional.of(new Selection(id, null));
					case Party.ORGANISATION -> Optional.of(new Selection(null, id));
					default -> Optional.empty();
				};
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		}

		/**
		 * What a form states: a locality code typed in (which wins) or a choice from the list.
		 * An unknown code or a malformed choice is reported on {@code field}.
		 */
		public static Selection read(String selected, String code, Function<String, Optional<Long>> localityIdByCode,
				String field, RuleViolationException.Collector errors) {
			if (code != null && !code.isBlank()) {
				Optional<Long> id = localityIdByCode.apply(code.trim());
				errors.rejectIf(id.isEmpty(), field, "validation.unknownReference", code.trim());
				return id.map(locality -> new Selection(locality, null)).orElse(NONE);
			}
			Optional<Selection> chosen = parse(selected);
			errors.rejectIf(chosen.isEmpty(), field, "validation.badValue", selected);
			return chosen.orElse(NONE);
		}

	}

}
