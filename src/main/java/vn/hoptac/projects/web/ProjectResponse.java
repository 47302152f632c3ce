package vn.hoptac.projects.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.Party;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.projects.AppraisalConclusion;
import vn.hoptac.projects.IatiCode;
import vn.hoptac.projects.Project;
import vn.hoptac.projects.ProjectAppraisal;
import vn.hoptac.projects.ProjectBudget;
import vn.hoptac.projects.ProjectLocation;
import vn.hoptac.projects.ProjectModality;
import vn.hoptac.projects.ProjectParticipant;
import vn.hoptac.projects.ProjectSector;
import vn.hoptac.projects.ProjectTransaction;
import vn.hoptac.projects.ProposalStage;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.Visibility;
import vn.hoptac.sources.CitationResponse;

/**
 * A project in full. Its writable fields are those of {@link ProjectRequest}, with the same names and
 * shapes: dates as precisely as they are known ({@code 2013}, {@code 2013-06}, {@code 2013-06-01},
 * {@code ..2023}); amounts as exact decimals in their currency. Read-only: the parties named, the
 * sectors' English names (IATI), and each budget's and transaction's {@code amountVnd} and
 * {@code amountUsd} at the rate in force on its date (none for a budget of unknown period).
 */
record ProjectResponse(Long id, String title, String description, ProjectModality modality, String activityStatus,
		ProposalStage proposalStage, Long vnLocalityId, Long vnOrganisationId, Party vnParty, Long partnershipId,
		Long agreementId, String foreignCountry, String plannedStart, String actualStart, String plannedEnd,
		String actualEnd, Integer coversProjects, Qualifier coversProjectsQualifier, Integer coversComponents,
		Qualifier coversComponentsQualifier, String financingAgreementRef, String financingAgreementOn,
		String inKind, String note, Set<CooperationField> fields, List<ParticipantResponse> participants,
		List<SectorResponse> sectors, List<String> sdgTargets, List<LocationResponse> locations,
		List<BudgetResponse> budgets, List<TransactionResponse> transactions, List<AppraisalResponse> appraisals,
		String source, Visibility visibility, Long ownerProvinceId, long version,
		List<CitationResponse> sourceCitations) {

	static ProjectResponse of(Project p, PartyDirectory.Lookup names, Map<String, IatiCode> sectorNames,
			List<CitationResponse> citations) {
		return new ProjectResponse(p.getId(), p.getTitle(), p.getDescription(), p.getModality(), p.getActivityStatus(),
				p.getProposalStage(), p.getVnLocalityId(), p.getVnOrganisationId(),
				names.party(p.getVnLocalityId(), p.getVnOrganisationId()), p.getPartnershipId(), p.getAgreementId(),
				p.getForeignCountry(), text(p.plannedStart()), text(p.actualStart()), text(p.plannedEnd()),
				text(p.actualEnd()), p.getCoversProjects(), p.getCoversProjectsQualifier(), p.getCoversComponents(),
				p.getCoversComponentsQualifier(), p.getFinancingAgreementRef(), text(p.financingAgreementDate()),
				p.getInKind(), p.getNote(), new TreeSet<>(p.getFields()),
				p.getParticipants().stream().map(x -> ParticipantResponse.of(x, names)).toList(),
				p.getSectors().stream().map(s -> SectorResponse.of(s, sectorNames)).toList(),
				List.copyOf(p.getSdgTargets()), p.getLocations().stream().map(l -> LocationResponse.of(l, names)).toList(),
				p.getBudgets().stream().map(BudgetResponse::of).toList(),
				p.getTransactions().stream().map(t -> TransactionResponse.of(t, names)).toList(),
				p.getAppraisals().stream().map(a -> AppraisalResponse.of(a, names)).toList(), p.getSource(),
				p.getStewardship().visibility(), p.getStewardship().provinceId(), p.getVersion(), citations);
	}

	static String text(PartialDate date) {
		return date == null ? null : date.toString();
	}

	/** A participant in its IATI role (1 funding, 2 accountable, 3 extending, 4 implementing), named. */
	record ParticipantResponse(Integer role, Long organisationId, Long localityId, String nameText, Party party) {

		static ParticipantResponse of(ProjectParticipant p, PartyDirectory.Lookup names) {
			return new ParticipantResponse(p.role(), p.organisationId(), p.localityId(), p.nameText(),
					names.party(p.localityId(), p.organisationId()));
		}

	}

	/** A DAC 5-digit sector with its share, its category and its IATI name (English). */
	record SectorResponse(String code, BigDecimal percentage, String category, String name) {

		static SectorResponse of(ProjectSector s, Map<String, IatiCode> names) {
			IatiCode code = names.get(s.code());
			return new SectorResponse(s.code(), s.percentage(), s.category(), code == null ? null : code.nameEn());
		}

	}

	record LocationResponse(Long localityId, String communeName, String note, Party place) {

		static LocationResponse of(ProjectLocation l, PartyDirectory.Lookup names) {
			return new LocationResponse(l.localityId(), l.communeName(), l.note(), names.party(l.localityId(), null));
		}

	}

	/** A budget; {@code valueDate} (the period's start), {@code amountVnd} and {@code amountUsd} are computed. */
	record BudgetResponse(Integer type, Integer status, String periodStart, String periodEnd, BigDecimal amount,
			String currency, Qualifier amountQualifier, BigDecimal statedVnd, BigDecimal statedUsd,
			Qualifier statedQualifier, Integer funderPosition, String note, LocalDate valueDate, BigDecimal amountVnd,
			BigDecimal amountUsd) {

		static BudgetResponse of(ProjectBudget b) {
			return new BudgetResponse(b.type(), b.status(), text(PartialDate.of(b.periodStart(), b.periodStartPrecision())),
					text(PartialDate.of(b.periodEnd(), b.periodEndPrecision())), b.amount(), b.currency(),
					b.amountQualifier(), b.statedVnd(), b.statedUsd(), b.statedQualifier(), b.funderPosition(), b.note(),
					b.valueDate(), b.amountVnd(), b.amountUsd());
		}

	}

	/** A transaction; {@code amountVnd} and {@code amountUsd} are computed at the rate of its date. */
	record TransactionResponse(Integer type, String transactionOn, BigDecimal amount, String currency,
			Qualifier amountQualifier, BigDecimal statedVnd, BigDecimal statedUsd, Qualifier statedQualifier,
			Long providerOrganisationId, Long receiverOrganisationId, Long receiverLocalityId, String description,
			BigDecimal amountVnd, BigDecimal amountUsd, Party provider, Party receiver) {

		static TransactionResponse of(ProjectTransaction t, PartyDirectory.Lookup names) {
			return new TransactionResponse(t.type(), text(PartialDate.of(t.transactionOn(), t.transactionPrecision())),
					t.amount(), t.currency(), t.amountQualifier(), t.statedVnd(), t.statedUsd(), t.statedQualifier(),
					t.providerOrganisationId(), t.receiverOrganisationId(), t.receiverLocalityId(), t.description(),
					t.amountVnd(), t.amountUsd(), names.party(null, t.providerOrganisationId()),
					names.party(t.receiverLocalityId(), t.receiverOrganisationId()));
		}

	}

	record AppraisalResponse(Long appraiserOrganisationId, LocalDate requestedOn, LocalDate concludedOn,
			AppraisalConclusion conclusion, String documentRef, String note, Party appraiser) {

		static AppraisalResponse of(ProjectAppraisal a, PartyDirectory.Lookup names) {
			return new AppraisalResponse(a.appraiserOrganisationId(), a.requestedOn(), a.concludedOn(), a.conclusion(),
					a.documentRef(), a.note(), names.party(null, a.appraiserOrganisationId()));
		}

	}

}
