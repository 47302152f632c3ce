package vn.hoptac.agreements.web;

import java.util.Collection;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;

import vn.hoptac.agreements.ActionType;
import vn.hoptac.agreements.Agreement;
import vn.hoptac.agreements.AgreementDraft;
import vn.hoptac.agreements.AgreementKind;
import vn.hoptac.agreements.AgreementParty;
import vn.hoptac.agreements.AgreementQuery;
import vn.hoptac.agreements.AgreementService;
import vn.hoptac.agreements.LegalBasis;
import vn.hoptac.agreements.SignatoryLevel;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.ApiWrites;
import vn.hoptac.shared.RecordApi;
import vn.hoptac.sources.CitationResponse;
import vn.hoptac.sources.Citations;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;

@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Agreements", description = "International agreements, treaties and aid instruments with their action history")
class AgreementApiController extends RecordApi<Agreement, AgreementDraft, AgreementRequest, AgreementResponse> {

	private final AgreementService agreements;

	private final PartyDirectory parties;

	private final Citations citations;

	AgreementApiController(AgreementService agreements, PartyDirectory parties, Citations citations) {
		super(agreements, ApiWrites.of("Agreement", "an agreement"));
		this.citations = citations;
		this.agreements = agreements;
		this.parties = parties;
	}

	@Operation(operationId = "listAgreements", summary = "List and search agreements",
			description = "Without sort the list is by title; with q, newest signed first (sort=-signed). "
					+ "A total past 1,000 (past 100 with q) is not counted: totalExact is then false.")
	@GetMapping
	@Transactional(readOnly = true) // the page, its total and its parties' names: one read
	PageResponse<AgreementListItem> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) String country, @RequestParam(required = false) Long locality,
			@RequestParam(required = false) Long partnership, @RequestParam(required = false) AgreementKind type,
			@RequestParam(required = false) ActionType status, @RequestParam(required = false) LegalBasis legalBasis,
			@RequestParam(required = false) SignatoryLevel level, @RequestParam(required = false) CooperationField field,
			@RequestParam(required = false) Integer yearFrom, @RequestParam(required = false) Integer yearTo,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		var query = new AgreementQuery(q, country, locality, partnership, type, status, legalBasis, level, field,
				yearFrom, yearTo);
		Page<Agreement> found = agreements.search(query,
				Paging.of(page, size, AgreementOrder.of(sort, q), Map.of("signed", "signedOn")));
		PartyDirectory.Lookup names = partyNames(found.getContent().stream().flatMap(a -> a.getParties().stream()).toList());
		return PageResponse.of(found, a -> AgreementListItem.of(a, names));
	}

	@Operation(operationId = "getAgreement", summary = "Get an agreement")
	@GetMapping("/{id}")
	AgreementResponse get(@PathVariable long id) {
		return detail(agreements.get(id));
	}

	/** Withdraws the action at this position (from 0) of the response's {@code actions}; the dates follow. */
	@Operation(operationId = "withdrawAgreementAction", summary = "Withdraw one action of an agreement (as for deleting). "
			+ "position: its index in actions; with the version read, a stale one is a 409.")
	@DeleteMapping("/{id}/actions/{position}")
	AgreementResponse withdrawAction(@PathVariable long id, @PathVariable int position,
			@RequestParam(required = false) Long version) {
		return detail(agreements.withdrawAction(id, position, version));
	}

	/** Records what happened to the agreement; the response shows the recomputed deadlines. */
	@Operation(operationId = "recordAgreementAction", summary = "Record an action on an agreement")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/{id}/actions")
	ResponseEntity<AgreementResponse> recordAction(@PathVariable long id, @Valid @RequestBody ActionRequest action) {
		return ResponseEntity.status(HttpStatus.CREATED).body(detail(agreements.recordAction(id, action.toDraft())));
	}

	@Override
	protected AgreementResponse detail(Agreement agreement) {
		return AgreementResponse.of(agreement, partyNames(agreement.getParties()), agreements.timeline(agreement),
				CitationResponse.of(citations.of(agreement.getSource())));
	}

	private PartyDirectory.Lookup partyNames(Collection<AgreementParty> all) {
		return parties.load(all.stream().map(AgreementParty::localityId).toList(),
				all.stream().map(AgreementParty::organisationId).toList());
	}

}
