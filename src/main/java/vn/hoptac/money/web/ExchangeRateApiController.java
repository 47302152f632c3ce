package vn.hoptac.money.web;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.hoptac.money.ExchangeRates;
import vn.hoptac.sources.CitationResponse;
import vn.hoptac.sources.Citations;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Money", description = "Currencies (IATI Currency codelist) and exchange rates to đồng")
class ExchangeRateApiController {

	/** Currency by currency, the latest period first. */
	static final Sort ORDER = Sort.by("currency").and(Sort.by(Sort.Direction.DESC, "validFrom"));

	private final ExchangeRates rates;

	private final Citations citations;

	ExchangeRateApiController(ExchangeRates rates, Citations citations) {
		this.rates = rates;
		this.citations = citations;
	}

	@Operation(operationId = "listExchangeRates", summary = "List exchange rates to đồng, of one currency if given")
	@GetMapping("/exchange-rates")
	PageResponse<ExchangeRateResponse> list(@RequestParam(required = false) String currency,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageResponse.of(rates.list(currency, Paging.of(page, size, ORDER)),
				rate -> ExchangeRateResponse.of(rate, CitationResponse.of(citations.of(rate.getSource()))));
	}

	@Operation(operationId = "uploadExchangeRates", summary = "Add or replace exchange rates from a CSV file "
			+ "(administrators; header currency,year|valid_from,valid_to,vnd_per_unit,kind,source; all rows or none)")
	@PostMapping(path = "/exchange-rates", consumes = "text/csv")
	ExchangeRates.Loaded upload(@RequestBody String csv) {
		return rates.loadCsv(csv);
	}

	@Operation(operationId = "listCurrencies", summary = "List the currencies (IATI Currency codelist, ISO 4217)")
	@GetMapping("/currencies")
	List<CurrencyResponse> currencies() {
		return rates.currencies().stream().map(CurrencyResponse::of).toList();
	}

}
