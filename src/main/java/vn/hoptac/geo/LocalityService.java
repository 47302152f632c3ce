package vn.hoptac.geo;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.geo.internal.LocalityRepository;
import vn.hoptac.geo.internal.LocalitySuccession;
import vn.hoptac.geo.internal.LocalitySuccessionRepository;
import vn.hoptac.shared.ByIds;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.Countries;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.NotFoundException;
import vn.hoptac.shared.Facet;
import vn.hoptac.shared.FacetCounts;
import vn.hoptac.shared.FacetFilters;
import vn.hoptac.shared.RecordList;
import vn.hoptac.shared.Role;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Specs;
import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.Text;
import vn.hoptac.shared.Visibility;

@Service
@Transactional(readOnly = true)
public class LocalityService {

	/** Open ends of a period, as dates every database binds. */
	private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	public static final String ENTITY = "locality";

	private final LocalityRepository localities;

	private final LocalitySuccessionRepository successions;

	private final ChangeRecorder changes;

	private final RecordList<Locality> list;

	private final EntityManager entityManager;

	LocalityService(LocalityRepository localities, LocalitySuccessionRepository successions, ChangeRecorder changes,
			EntityManager entityManager) {
		this.list = RecordList.of(Locality.class, entityManager);
		this.entityManager = entityManager;
		this.localities = localities;
		this.successions = successions;
		this.changes = changes;
	}

	public ListPage<Locality> search(LocalityQuery query, Pageable pageable) {
		return list.page(filter(query), query.text(), pageable);
	}

	private Specification<Locality> filter(LocalityQuery query) {
		return facetFilters(query).all();
	}

	/** How many localities each country and level of the list has, under the list's other filters. */
	public FacetCounts facetCounts(LocalityQuery query) {
		return list.counts(facetFilters(query), query.text(),
				List.of(Facet.value("country", "country"), Facet.value("level", "level")));
	}

	private FacetFilters<Locality> facetFilters(LocalityQuery query) {
		return FacetFilters.<Locality>of()
			.and("country", Specs.equalTo("country", Countries.normalise(query.country())))
			.and("level", Specs.equalTo("level", query.level()))
			.and("parent",
					Specs.equalTo("parentId", query.parentCode() == null ? null : getByCode(query.parentCode()).getId()))
			.and("at", Specs.inForceOn("validFrom", "validTo", query.at()));
	}

	public Locality get(long id) {
		return localities.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	public Optional<Locality> findByCode(String code) {
		return localities.findByCode(code);
	}

	/**
	 * The locality a request parameter names by id or by official code (blank: none); a 400 naming
	 * the parameter when it names none.
	 */
	public Long idOrCode(String value, String parameter) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		Optional<Locality> found = trimmed.chars().allMatch(Character::isDigit) && trimmed.length() < 19
				? localities.findById(Long.parseLong(trimmed)) : localities.findByCode(trimmed);
		return found.map(Locality::getId)
			.orElseThrow(() -> vn.hoptac.shared.RuleViolationException.of(parameter, "validation.unknownReference",
					trimmed));
	}

	public Locality getByCode(String code) {
		return localities.findByCode(code).orElseThrow(() -> new NotFoundException(ENTITY, code));
	}

	public Map<Long, Locality> byIds(Collection<Long> ids) {
		return ByIds.keyed(entityManager, Locality.class, ids, Locality::getId);
	}

	/** The names of the localities with these ids, keyed by id, in one query that loads no entity. */
	public Map<Long, LocalityName> namesByIds(Collection<Long> ids) {
		return ids.isEmpty() ? Map.of()
				: localities.namesByIdIn(ids).stream().collect(Collectors.toMap(LocalityName::id, Function.identity()));
	}

	public List<Succession> predecessors(long id) {
		return successions.findBySuccessorId(id)
			.stream()
			.map(s -> new Succession(get(s.getPredecessorId()), s.getEffectiveOn(), s.getKind(), s.getSource()))
			.toList();
	}

	public List<Succession> successors(long id) {
		return successions.findByPredecessorId(id)
			.stream()
			.map(s -> new Succession(get(s.getSuccessorId()), s.getEffectiveOn(), s.getKind(), s.getSource()))
			.toList();
	}

	/**
	 * The localities whose records belong to this one's history over [from, to] (open ends allowed):
	 * itself, its predecessors (transitively) that existed during the period, and every unit under
	 * any of them. A query for today's Thái Nguyên thus finds records of Bắc Kạn and of its districts.
	 */
	public Set<Long> coverage(long id, LocalDate from, LocalDate to) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<Locality> locality = query.from(Locality.class);
		query.select(locality.get("id")).where(covering(id, from, to).on(locality, cb));
		return Set.copyOf(entityManager.createQuery(query).getResultList());
	}

	/**
	 * {@link #coverage} as a condition on localities, for a query that looks them up itself: under
	 * one of the paths of the locality's history over the period, which the path index answers as
	 * ranges. One statement (the history) where the ids would cost one more.
	 */
	public Specs.Condition<Locality> covering(long id, LocalDate from, LocalDate to) {
		List<String> paths = successions.historyPaths(id, from == null ? EARLIEST : from, to == null ? LATEST : to);
		if (paths.isEmpty()) {
			get(id);
		}
		return (locality, cb) -> cb.or(paths.stream()
			.map(path -> cb.like(locality.get("path"), Text.likePrefix(path), '\\'))
			.toArray(Predicate[]::new));
	}

	/**
	 * The top-level localities whose whole subtrees make up this one's history over all time, when
	 * it is made of whole top-level units (a province and the provinces merged into it); empty when
	 * some part of it is below the top (a district, or a province that took over part of one), so
	 * that a count kept per top-level unit can stand for {@link #coverage} only when it is exact.
	 */
	public Optional<Set<Long>> topLevelCoverage(long id) {
		List<String> paths = successions.historyPaths(id, EARLIEST, LATEST);
		if (paths.isEmpty() || paths.stream().anyMatch(path -> path.indexOf('/', 1) != path.length() - 1)) {
			return Optional.empty();
		}
		Set<Long> ids = new LinkedHashSet<>();
		paths.forEach(path -> ids.add(getByCode(path.substring(1, path.length() - 1)).getId()));
		return Optional.of(Set.copyOf(ids));
	}

	/** The top-level locality (a province, a foreign region) that this one is in, or is. */
	public long topLevelOf(long id) {
		String path = get(id).getPath();
		return getByCode(path.substring(1, path.indexOf('/', 1))).getId();
	}

	/**
	 * The localities that are this one across mergers and renamings: itself, its predecessors and
	 * its successors (transitively, one SQL query). Units under them are not included: a district is
	 * not its province.
	 */
	public Set<Long> lineage(long id) {
		return Set.copyOf(successions.lineage(id));
	}

	/**
	 * The province in force today that a Vietnamese locality belongs to, following mergers: a
	 * district of old Bắc Kạn belongs to today's Thái Nguyên. Empty for foreign localities.
	 */
	public Optional<Long> currentProvinceOf(Long localityId) {
		if (localityId == null) {
			return Optional.empty();
		}
		Locality locality = get(localityId);
		if (!Countries.VIETNAM.equals(locality.getCountry())) {
			return Optional.empty();
		}
		Locality province = getByCode(locality.getPath().split("/")[1]);
		for (int hops = 0; province.getValidTo() != null && hops < 10; hops++) {
			List<LocalitySuccession> next = successions.findByPredecessorId(province.getId());
			if (next.isEmpty()) {
				break;
			}
			province = get(next.get(0).getSuccessorId());
		}
		return Optional.of(province.getId());
	}

	/**
	 * Rolls figures kept per province into today's provinces, for one request: each other province
	 * is followed to its successor once ({@link #currentProvinceOf}).
	 * @param currentProvinces the ids of today's provinces, which stand for themselves
	 */
	public ProvinceRollUp provinceRollUp(Collection<Long> currentProvinces) {
		return new ProvinceRollUp(currentProvinces, this::currentProvinceOf);
	}

	@Transactional
	public Locality create(LocalityDraft draft) {
		Access.checkRole(Role.ADMIN, Role.PROVINCE_ADMIN, Role.PROVINCE_OFFICER);
		Locality parent = validate(draft, null);
		checkScope(Countries.normalise(draft.country()), parent);
		Locality locality = new Locality(draft.code().trim(), Countries.normalise(draft.country()), draft.level(),
				draft.names());
		locality.update(Countries.normalise(draft.country()), draft.level(), draft.names(), draft.validFrom(),
				draft.validTo(), draft.source());
		locality.placeUnder(parent);
		Locality saved = localities.save(locality);
		changes.created(ENTITY, saved.getId(), saved.getCode(), saved);
		return saved;
	}

	@Transactional
	public Locality update(long id, LocalityDraft draft, Long expectedVersion) {
		Access.checkRole(Role.ADMIN);
		Locality locality = get(id);
		changes.checkVersion(ENTITY, id, expectedVersion, locality);
		validate(draft, locality);
		String before = changes.snapshot(locality);
		locality.update(Countries.normalise(draft.country()), draft.level(), draft.names(), draft.validFrom(),
				draft.validTo(), draft.source());
		Locality saved = localities.saveAndFlush(locality);
		changes.updated(ENTITY, id, saved.getCode(), before, saved);
		return saved;
	}

	@Transactional
	public void delete(long id) {
		Access.checkRole(Role.ADMIN);
		Locality locality = get(id);
		new RuleViolationException.Collector()
			.rejectIf(localities.existsByParentId(id), "id", "locality.delete.hasChildren")
			.rejectIf(successions.existsByPredecessorIdOrSuccessorId(id, id), "id", "locality.delete.hasHistory")
			.throwIfAny();
		String before = changes.snapshot(locality);
		localities.delete(locality);
		localities.flush();
		changes.deleted(ENTITY, id, locality.getCode(), before);
	}

	/**
	 * A Vietnamese unit belongs to the province it lies in, which must be within the writer's scope;
	 * one with no province above it (a province itself) is national, for administrators only.
	 * Foreign units are shared reference data that every editor may add.
	 */
	private void checkScope(String country, Locality parent) {
		boolean vietnamese = Countries.VIETNAM.equals(country)
				|| parent != null && Countries.VIETNAM.equals(parent.getCountry());
		if (vietnamese) {
			Long province = parent == null ? null : currentProvinceOf(parent.getId()).orElse(null);
			Access.checkWrite(new Stewardship(province, null, Visibility.PUBLIC));
		}
	}

	/** Checks the draft; returns the parent it names, if any. The code and parent are fixed once created. */
	private Locality validate(LocalityDraft draft, Locality existing) {
		var errors = new RuleViolationException.Collector();
		boolean creating = existing == null;
		if (creating) {
			errors.rejectIf(blank(draft.code()), "code", "validation.required");
			errors.rejectIf(!blank(draft.code()) && localities.existsByCode(draft.code().trim()), "code",
					"validation.duplicateCode", draft.code());
		}
		errors.rejectIf(!Countries.isValid(Countries.normalise(draft.country())), "country", "validation.country");
		errors.rejectIf(draft.level() == null, "level", "validation.required");
		errors.rejectIf(draft.names() == null || blank(draft.names().vi()), "names.vi", "validation.required");
		errors.rejectIf(draft.validFrom() != null && draft.validTo() != null && draft.validTo().isBefore(draft.validFrom()),
				"validTo", "validation.endBeforeStart");
		Locality parent = null;
		if (creating && !blank(draft.parentCode())) {
			parent = localities.findByCode(draft.parentCode().trim()).orElse(null);
			errors.rejectIf(parent == null, "parentCode", "validation.unknownReference", draft.parentCode());
		}
		errors.throwIfAny();
		return parent;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
