package vn.hoptac.ngos.web;

import static vn.hoptac.shared.FormFields.trimmed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoptac.audit.AuditService;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.ngos.CertificateStatus;
import vn.hoptac.ngos.CertificateType;
import vn.hoptac.ngos.Ngo;
import vn.hoptac.ngos.NgoCertificate;
import vn.hoptac.ngos.NgoDraft;
import vn.hoptac.ngos.NgoQuery;
import vn.hoptac.ngos.NgoService;
import vn.hoptac.ngos.NgoStatus;
import vn.hoptac.ngos.OpinionMatter;
import vn.hoptac.ngos.OpinionStance;
import vn.hoptac.ngos.ReportRecipient;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.partners.PartyDirectory.Selection;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Deletions;
import vn.hoptac.shared.Htmx;
import vn.hoptac.shared.OwnProvince;
import vn.hoptac.shared.PageLinks;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.RecordFormPages;
import vn.hoptac.shared.Role;
import vn.hoptac.shared.SortLinks;
import vn.hoptac.shared.Visibility;

/**
 * The pages of the provinces' files on foreign NGOs: the faceted list (rows refreshed by htmx), a
 * file with its certificates, opinions, visits and reports and a link to the NGO's projects, its
 * audit history, one form to create and edit, and the delete with its confirmation.
 */
@Controller
@RequestMapping("/ngos")
class NgoPageController extends RecordFormPages<Ngo, NgoDraft, NgoForm> {

	static final String ENTITY = "ngo";

	static final Role[] WRITERS = { Role.ADMIN, Role.PROVINCE_ADMIN, Role.PROVINCE_OFFICER, Role.DEPARTMENT_FOCAL };

	private final NgoService ngos;

	private final PartyDirectory parties;

	private final LocalityService localities;

	private final AuditService audit;

	NgoPageController(NgoService ngos, PartyDirectory parties, LocalityService localities, AuditService audit,
			Deletions deletions) {
		super("/ngos", "ngo", ngos, deletions, NgoForm::onFormFields);
		this.ngos = ngos;
		this.parties = parties;
		this.localities = localities;
		this.audit = audit;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long locality,
			@RequestParam(required = false) NgoStatus status,
			@RequestParam(required = false) CertificateType certificateType,
			@RequestParam(required = false) CooperationField field,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validToBefore,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Long place = OwnProvince.orRequested(request, locality);
		var query = new NgoQuery(q, null, place, status, certificateType, field, validToBefore);
		Page<Ngo> found = ngos.search(query, Paging.of(page, size, trimmed(sort), java.util.Map.of()));
		String lastPage = PageLinks.lastPageInstead(found, request, p -> ngos.search(query, p));
		if (lastPage != null) {
			return "redirect:" + lastPage;
		}
		PartyDirectory.Lookup names = names(found.getContent());
		model.addAttribute("items", found.getContent().stream().map(n -> NgoListItem.of(n, names)).toList());
		model.addAttribute("pages", PageLinks.of(found, request));
		model.addAttribute("sorts", SortLinks.of(request, sort));
		model.addAttribute("filters", new Filters(q, place, status, certificateType, field, validToBefore,
				trimmed(sort)));
		model.addAttribute("ownProvince", place != null && locality == null ? localities.get(place) : null);
		boolean fragment = Htmx.wantsFragment(request, response);
		boolean ownForm = fragment && Htmx.targets(request, "ngo-rows");
		model.addAttribute("facetsOutOfBand", ownForm);
		if (!fragment || ownForm) {
			model.addAttribute("facets", ngos.facetCounts(query));
			model.addAttribute("provinceOptions", parties.currentProvinces());
			addCodelists(model);
		}
		return fragment ? "ngos/list :: rows" : "ngos/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Ngo ngo = ngos.get(id);
		model.addAttribute("ngo", ngo);
		model.addAttribute("names", names(List.of(ngo)));
		model.addAttribute("validUntil", NgoListItem.validUntil(ngo));
		model.addAttribute("canEdit", canEdit(ngo.getStewardship()));
		model.addAttribute("canDelete", canDelete(ngo.getStewardship()));
		return "ngos/detail";
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		Ngo ngo = ngos.get(id);
		model.addAttribute("ngo", ngo);
		model.addAttribute("names", names(List.of(ngo)));
		model.addAttribute("events", audit.historyOf(ENTITY, id));
		return "ngos/history";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		Access.checkRole(WRITERS);
		var actor = Access.required();
		return form(NgoForm.blank(actor.role().isProvincial() ? actor.provinceId() : null), null, model);
	}

	@Override
	protected NgoForm formOf(Ngo record) {
		return NgoForm.of(record);
	}


	/** The file as a confirmation names it: the NGO and the province. */
	@Override
	protected String title(Ngo ngo) {
		PartyDirectory.Lookup names = names(List.of(ngo));
		var organisation = names.party(null, ngo.getOrganisationId());
		var province = names.party(ngo.getVnLocalityId(), null);
		return (organisation == null ? "#" + ngo.getId() : organisation.name())
				+ (province == null ? "" : " – " + province.name());
	}

	@Override
	protected NgoDraft draft(NgoForm form) {
		return form.toDraft(ngos::check);
	}

	@Override
	protected String form(NgoForm form, Ngo existing, Model model) {
		Selection ngo = Selection.parse(form.getOrganisation()).orElse(Selection.NONE);
		List<Long> issuers = form.getCertificates()
			.stream()
			.map(row -> Selection.parse(row.getIssuer()).orElse(Selection.NONE).organisationId())
			.toList();
		List<Long> organisations = new ArrayList<>(issuers);
		organisations.add(ngo.organisationId());
		// the pickers start with the chosen organisations only and search for others (PartyOptionsController)
		PartyDirectory.Lookup chosen = parties.loadReadable(List.of(), organisations);
		PartyDirectory.Choices foreign = PartyDirectory.Choices.NONE;
		PartyDirectory.Choices vn = PartyDirectory.Choices.NONE;
		for (Long organisation : organisations) {
			var party = chosen.party(null, organisation);
			if (party != null && "VN".equals(party.country())) {
				vn = vn.including(party);
			}
			else if (party != null) {
				foreign = foreign.including(party);
			}
		}
		model.addAttribute("form", form);
		model.addAttribute("id", existing == null ? null : existing.getId());
		model.addAttribute("ngo", existing);
		model.addAttribute("names", existing == null ? null : names(List.of(existing)));
		model.addAttribute("vnChoices", vn);
		model.addAttribute("foreignChoices", foreign);
		model.addAttribute("noChoices", PartyDirectory.Choices.NONE);
		model.addAttribute("provinceOptions", parties.currentProvinces());
		addCodelists(model);
		return "ngos/form";
	}

	/** The NGOs, provinces and certificate issuers of the files, named in one lookup. */
	private PartyDirectory.Lookup names(List<Ngo> files) {
		return parties.load(files.stream().map(Ngo::getVnLocalityId).toList(),
				files.stream()
					.flatMap(n -> Stream.concat(Stream.of(n.getOrganisationId()),
							n.getCertificates().stream().map(NgoCertificate::issuerOrganisationId)))
					.toList());
	}

	private static void addCodelists(Model model) {
		model.addAttribute("statusOptions", NgoStatus.values());
		model.addAttribute("certificateTypeOptions", CertificateType.values());
		model.addAttribute("certificateStatusOptions", CertificateStatus.values());
		model.addAttribute("matterOptions", OpinionMatter.values());
		model.addAttribute("stanceOptions", OpinionStance.values());
		model.addAttribute("recipientOptions", ReportRecipient.values());
		model.addAttribute("fieldOptions", CooperationField.values());
		model.addAttribute("visibilityOptions", Visibility.values());
	}

	/** The list's current filters, to show them selected in the facets. */
	record Filters(String q, Long locality, NgoStatus status, CertificateType certificateType, CooperationField field,
			LocalDate validToBefore, String sort) {

		public boolean narrowed() {
			return q != null && !q.isBlank() || locality != null || status != null || certificateType != null
					|| field != null || validToBefore != null;
		}

	}

}
