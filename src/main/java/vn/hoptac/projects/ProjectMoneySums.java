package vn.hoptac.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects and their money in a period, summed by the database in đồng, per keeping province:
 * commitments (IATI transaction type 11, else 2: a project that records the commitment it received
 * does not count the funder's outgoing one again) and disbursements (type 3) dated within the
 * period, at their VND equivalent (or the VND the source states), by modality, by donor (the
 * transaction's provider, else the project's first funding participant) and by DAC sector category
 * (split by the sectors' percentages). A project counts when it ran during the period or moved
 * money in it. No reader's access applies: callers gather figures as the system.
 */
@Service
public class ProjectMoneySums {

	/**
	 * One group's sums under one keeping province: the group is the modality's name, the sector
	 * category, or the donor's name as the source gives it when no organisation is recorded (null:
	 * not stated).
	 */
	public record Line(Long provinceId, String group, Long organisationId, long projects, BigDecimal committedVnd,
			BigDecimal disbursedVnd) {
	}

	public record Sums(List<Line> byModality, List<Line> byDonor, List<Line> bySector) {
	}

	private static final String COUNTED = """
			with tx as (
			    select p.id project_id, t.type, t.provider_organisation_id provider,
			           coalesce(t.amount_vnd, t.stated_vnd) vnd
			    from project p join project_transaction t on t.project_id = p.id
			    where (:everyProvince = true or p.owner_province_id in (:provinces))
			      and (:anyPartnership = true or p.partnership_id = :partnership)
			      and t.transaction_on between :periodFrom and :periodTo
			      and coalesce(t.amount_vnd, t.stated_vnd) is not null
			      and (t.type = 3 or t.type = case when exists (select 1 from project_transaction i
			              where i.project_id = p.id and i.type = 11) then 11 else 2 end)),
			moved as (
			    select project_id, sum(case when type = 3 then 0 else vnd end) committed,
			           sum(case when type = 3 then vnd else 0 end) disbursed
			    from tx group by project_id),
			counted as (
			    select p.id, p.owner_province_id province, p.modality from project p
			    where (:everyProvince = true or p.owner_province_id in (:provinces))
			      and (:anyPartnership = true or p.partnership_id = :partnership)
			      and (p.id in (select project_id from moved)
			        or (coalesce(p.actual_start_on, p.planned_start_on, p.start_on) <= :periodTo
			            and coalesce(p.actual_end_on, p.planned_end_on, :periodFrom) >= :periodFrom)))
			""";

	private static final String BY_MODALITY = COUNTED + """
			select c.province, c.modality, cast(null as bigint), count(*), coalesce(sum(m.committed), 0),
			       coalesce(sum(m.disbursed), 0)
			from counted c left join moved m on m.project_id = c.id
			group by c.province, c.modality""";

	private static final String BY_DONOR = COUNTED + """
			, funder as (
			    select pp.project_id, pp.organisation_id org, pp.name_text name from project_participant pp
			    where pp.role = 1 and pp.project_id in (select id from counted) and pp.position = (select min(q.position) from project_participant q
			        where q.project_id = pp.project_id and q.role = 1)),
			shares as (
			    select c.province, c.id project_id, f.org, case when f.org is null then f.name end name,
			           cast(0 as numeric(22, 2)) committed, cast(0 as numeric(22, 2)) disbursed
			    from counted c left join funder f on f.project_id = c.id
			    union all
			    select c.province, c.id, coalesce(t.provider, f.org),
			           case when t.provider is null and f.org is null then f.name end,
			           case when t.type = 3 then 0 else t.vnd end, case when t.type = 3 then t.vnd else 0 end
			    from tx t join counted c on c.id = t.project_id left join funder f on f.project_id = c.id)
			select province, name, org, count(distinct project_id), sum(committed), sum(disbursed)
			from shares group by province, name, org""";

	private static final String BY_SECTOR = COUNTED + """
			, sectors as (
			    select c.province, c.id project_id, substring(s.code, 1, 3) category, s.percentage / 100 share
			    from counted c join project_sector s on s.project_id = c.id
			    union all
			    select c.province, c.id, cast(null as varchar(3)), cast(1 as numeric(5, 2)) from counted c
			    where not exists (select 1 from project_sector s where s.project_id = c.id))
			select s.province, s.category, cast(null as bigint), count(distinct s.project_id),
			       coalesce(sum(m.committed * s.share), 0), coalesce(sum(m.disbursed * s.share), 0)
			from sectors s left join moved m on m.project_id = s.project_id
			group by s.province, s.category""";

	private final EntityManager entityManager;

	ProjectMoneySums(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The sums over the projects the provinces keep (null: every project, each under its province). */
	@Transactional(readOnly = true)
	public Sums of(Collection<Long> provinces, LocalDate from, LocalDate to) {
		return new Sums(lines(BY_MODALITY, provinces, null, from, to), lines(BY_DONOR, provinces, null, from, to),
				lines(BY_SECTOR, provinces, null, from, to));
	}

	/** The money of a partnership's projects by modality over the whole of their history. */
	@Transactional(readOnly = true)
	public List<Line> ofPartnershipByModality(long partnershipId) {
		return lines(BY_MODALITY, null, partnershipId, LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31));
	}

	private List<Line> lines(String sql, Collection<Long> provinces, Long partnership, LocalDate from, LocalDate to) {
		List<?> rows = entityManager.createNativeQuery(sql)
			.setParameter("everyProvince", provinces == null)
			.setParameter("provinces", provinces == null || provinces.isEmpty() ? List.of(-1L) : provinces)
			.setParameter("anyPartnership", partnership == null)
			.setParameter("partnership", partnership == null ? -1L : partnership)
			.setParameter("periodFrom", from)
			.setParameter("periodTo", to)
			.getResultList();
		return rows.stream().map(Object[].class::cast).map(ProjectMoneySums::line).toList();
	}

	private static Line line(Object[] row) {
		return new Line(row[0] == null ? null : ((Number) row[0]).longValue(), (String) row[1],
				row[2] == null ? null : ((Number) row[2]).longValue(), ((Number) row[3]).longValue(), decimal(row[4]),
				decimal(row[5]));
	}

	private static BigDecimal decimal(Object value) {
		return value == null ? BigDecimal.ZERO
				: value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
	}

}
