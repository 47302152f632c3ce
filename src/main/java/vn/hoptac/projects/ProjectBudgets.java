package vn.hoptac.projects;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.ListJoin;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.PartyLinks;

/** Money of the projects for dashboards: one grouped query per figure, under the reader's access. */
@Service
@Transactional(readOnly = true)
public class ProjectBudgets {

	private final EntityManager entityManager;

	ProjectBudgets(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The projects' original budgets (IATI BudgetType 1) in US dollars, summed per funder (the
	 * participant each budget names) or per DAC 3-digit sector category (shared by its percentage),
	 * of the projects a province keeps (null: all) the reader may see. Keys: {@code locality:12},
	 * {@code organisation:5} or the category code; a budget without a dollar equivalent adds nothing.
	 */
	public Map<String, BigDecimal> budgetsBy(BudgetGrouping grouping, Long provinceId) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<Project> root = query.from(Project.class);
		Join<Project, ProjectBudget> budget = root.join("budgets");
		List<Expression<?>> keys;
		Expression<BigDecimal> amount = budget.get("amountUsd");
		List<Predicate> where = new ArrayList<>(List.of(cb.equal(budget.get("type"), 1), cb.isNotNull(amount)));
		if (grouping == BudgetGrouping.FUNDER) {
			ListJoin<Project, ProjectParticipant> funder = root.joinList("participants");
			where.add(cb.equal(funder.index(), budget.get("funderPosition")));
			keys = List.of(funder.get("localityId"), funder.get("organisationId"));
		}
		else {
			Join<Project, ProjectSector> sector = root.join("sectors");
			amount = cb.quot(cb.prod(amount, sector.<BigDecimal>get("percentage")), BigDecimal.valueOf(100))
				.as(BigDecimal.class);
			keys = List.of(cb.substring(sector.get("code"), 1, 3));
		}
		Specification<Project> scope = Access.<Project>readable().and(PartyLinks.keptBy(provinceId));
		Predicate restriction = scope.toPredicate(root, query, cb);
		if (restriction != null) {
			where.add(restriction);
		}
		List<Selection<?>> selections = new ArrayList<>(keys);
		selections.add(cb.sum(amount));
		query.multiselect(selections).where(where.toArray(Predicate[]::new)).groupBy(keys);
		Map<String, BigDecimal> sums = new LinkedHashMap<>();
		for (Tuple row : entityManager.createQuery(query).getResultList()) {
			String key = grouping == BudgetGrouping.FUNDER
					? PartyDirectory.Selection.key(number(row.get(0)), number(row.get(1))) : (String) row.get(0);
			BigDecimal sum = row.get(keys.size(), BigDecimal.class);
			if (key != null && sum != null) {
				sums.merge(key, sum, BigDecimal::add);
			}
		}
		return sums;
	}

	private static Long number(Object value) {
		return value == null ? null : ((Number) value).longValue();
	}

	/** What {@link #budgetsBy} groups by. */
	public enum BudgetGrouping {

		FUNDER, SECTOR

	}

}
