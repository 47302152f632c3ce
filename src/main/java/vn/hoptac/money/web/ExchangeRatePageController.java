package vn.hoptac.money.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.MonthDay;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoptac.money.ExchangeRate;
import vn.hoptac.money.ExchangeRateCsv;
import vn.hoptac.money.ExchangeRates;
import vn.hoptac.shared.PageLinks;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.RuleViolationException;

/**
 * The exchange rates for administrators: the list (a currency's rates, the latest first) and the
 * upload of a CSV file, through the same service as the API: a bad file is refused whole, its
 * problems listed row by row in the reader's language.
 */
@Controller
@RequestMapping("/admin/exchange-rates")
class ExchangeRatePageController {

	private static final int PAGE_SIZE = 50;

	private final ExchangeRates rates;

	private final MessageSource messages;

	ExchangeRatePageController(ExchangeRates rates, MessageSource messages) {
		this.rates = rates;
		this.messages = messages;
	}

	/** A rate as the page shows it: a whole year as the year, a rate with every decimal it has. */
	record RateRow(ExchangeRate rate, String period, String vndPerUnit) {

		static RateRow of(ExchangeRate rate, Locale locale) {
			boolean year = rate.getValidFrom().getYear() == rate.getValidTo().getYear()
					&& MonthDay.from(rate.getValidFrom()).equals(MonthDay.of(1, 1))
					&& MonthDay.from(rate.getValidTo()).equals(MonthDay.of(12, 31));
			String period = year ? Integer.toString(rate.getValidFrom().getYear())
					: rate.getValidFrom() + " – " + rate.getValidTo();
			NumberFormat number = NumberFormat.getNumberInstance(locale);
			number.setMaximumFractionDigits(ExchangeRate.FRACTION_DIGITS);
			return new RateRow(rate, period, number.format(rate.getVndPerUnit()));
		}

	}

	@GetMapping
	String list(@RequestParam(required = false) String currency, @RequestParam(defaultValue = "0") int page,
			HttpServletRequest request, Model model) {
		Page<ExchangeRate> found = rates.list(currency,
				Paging.of(Math.max(page, 0), PAGE_SIZE, ExchangeRateApiController.ORDER));
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("results", found);
		model.addAttribute("rows", found.getContent().stream().map(rate -> RateRow.of(rate, locale)).toList());
		model.addAttribute("pages", PageLinks.of(found, request));
		model.addAttribute("currency", currency);
		model.addAttribute("currencies", rates.ratedCurrencies());
		return "admin/exchange-rates/list";
	}

	/** The rates in the upload's format, to edit and upload again. */
	@GetMapping(path = "/export.csv", produces = "text/csv")
	@ResponseBody
	ResponseEntity<String> export() {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"exchange-rates.csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(ExchangeRateCsv.write(rates.all()));
	}

	@PostMapping
	String upload(@RequestParam("file") MultipartFile file, HttpServletRequest request, Model model,
			RedirectAttributes redirect) throws IOException {
		try {
			ExchangeRates.Loaded loaded = rates.loadCsv(new String(file.getBytes(), StandardCharsets.UTF_8));
			// flash attributes live in the (database) session: plain numbers
			redirect.addFlashAttribute("created", loaded.created());
			redirect.addFlashAttribute("updated", loaded.updated());
			return "redirect:/admin/exchange-rates";
		}
		catch (RuleViolationException ex) {
			Locale locale = LocaleContextHolder.getLocale();
			model.addAttribute("problems", ex.violations()
				.stream()
				.map(v -> new Problem(v.field(), messages.getMessage(v.messageKey(), v.args(), locale)))
				.toList());
			return list(null, 0, request, model);
		}
	}

	/** A refused row's field and what is wrong with it. */
	record Problem(String field, String message) {
	}

}
