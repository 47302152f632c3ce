package vn.hoptac.ngos.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.hoptac.ngos.CertificateType;
import vn.hoptac.ngos.Ngo;
import vn.hoptac.ngos.NgoCertificate;
import vn.hoptac.ngos.NgoDraft;
import vn.hoptac.ngos.NgoQuery;
import vn.hoptac.ngos.NgoService;
import vn.hoptac.ngos.NgoStatus;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.ApiWrites;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.RecordApi;
import vn.hoptac.sources.CitationResponse;
import vn.hoptac.sources.Citations;

@RestController
@RequestMapping("/api/v1/ngos")
@Tag(name = "Foreign NGOs", description = "The provinces' files on foreign NGOs: certificates, opinions, visits, reports")
class NgoApiController extends RecordApi<Ngo, NgoDraft, NgoRequest, NgoResponse> {

	private final NgoService ngos;

	private final PartyDirectory parties;

	private final Citations citations;

	NgoApiController(NgoService ngos, PartyDirectory parties, Citations citations) {
		super(ngos, ApiWrites.of("Ngo", "an NGO file").created("Open a province's file on a foreign NGO"));
		this.ngos = ngos;
		this.parties = parties;
		this.citations = citations;
	}

	@Operation(operationId = "listNgos", summary = "List and search the NGO files; validToBefore finds valid certificates ending by that day")
	@GetMapping
	PageResponse<NgoListItem> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) String country, @RequestParam(required = false) Long locality,
			@RequestParam(required = false) NgoStatus status,
			@RequestParam(required = false) CertificateType certificateType,
			@RequestParam(required = false) CooperationField field,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validToBefore,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		var query = new NgoQuery(q, country, locality, status, certificateType, field, validToBefore);
		Page<Ngo> found = ngos.search(query, Paging.of(page, size, sort, Map.of()));
		PartyDirectory.Lookup names = names(found.getContent());
		return PageResponse.of(found, n -> NgoListItem.of(n, names));
	}

	@Operation(operationId = "getNgo", summary = "Get an NGO file")
	@GetMapping("/{id}")
	NgoResponse get(@PathVariable long id) {
		return detail(ngos.get(id));
	}

	@Override
	protected NgoResponse detail(Ngo ngo) {
		return NgoResponse.of(ngo, names(List.of(ngo)), CitationResponse.of(citations.of(ngo.getSource())));
	}

	/** The NGOs, provinces and certificate issuers of the files, named in one lookup. */
	private PartyDirectory.Lookup names(List<Ngo> files) {
		return parties.load(files.stream().map(Ngo::getVnLocalityId).toList(),
				files.stream()
					.flatMap(n -> Stream.concat(Stream.of(n.getOrganisationId()),
							n.getCertificates().stream().map(NgoCertificate::issuerOrganisationId)))
					.toList());
	}

}
