package vn.hoptac.sources;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.hoptac.shared.DateOf;
import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.DatePrecision.PartialDate;

/**
 * The provenance clauses of the reference data (src/main/resources/reference/README.md: upstream
 * repositories and their licences, the 2025 reorganisation, KOSTAT's names), which the reference
 * files state in English, told in the reader's language. Repository names, codes and names of
 * places stay as written.
 */
@Component
class ReferenceProvenance {

	private static final String DATE = "(\\d{4}-\\d{2}-\\d{2})";

	/** Each clause and the message that tells it; a group that is an ISO date reads as every date does (DateDisplay). */
	private static final List<Clause> CLAUSES = List.of(
			new Clause("thanglequoc/vietnamese-provinces-database (v[\\d.]+) \\(MIT\\)", "provenance.thanglequoc"),
			new Clause("KOSTAT SGIS 2018 via southkorea/southkorea-maps \\(KOGL Type 1\\)", "provenance.kostat"),
			new Clause("dvhcvn/20250701 mapping \\(MIT\\)", "provenance.dvhcvn"),
			new Clause("Resolution (\\S+)", "provenance.resolution"),
			new Clause("formed " + DATE + " from (.+)", "provenance.formed"),
			new Clause("municipality since " + DATE + " \\(Resolution (\\S+)\\)", "provenance.municipalitySince"),
			new Clause("not changed by the 2025 reform \\(dvhcvn merges\\.json\\)", "provenance.unchanged"),
			new Clause("continues the pre-2025 unit", "provenance.continues"),
			new Clause("autonomous city collapsed from non-autonomous gu (.+)", "provenance.collapsed"),
			new Clause("(?:KOSTAT|upstream) English name '(.+)' normalised", "provenance.nameNormalised"),
			new Clause("upstream English name '(.+)' corrected", "provenance.nameCorrected"),
			new Clause("2018 name (.+)", "provenance.name2018"),
			new Clause("renamed (.+) " + DATE, "provenance.renamed"),
			new Clause("Gunwi-gun transferred from (.+) to Daegu " + DATE, "provenance.gunwiTransferred"),
			new Clause("transferred to Daegu " + DATE + ", see (\\S+)", "provenance.transferredToDaegu"),
			new Clause("synthetic code \\(no KOSTAT 2018 code\\)", "provenance.syntheticCode"),
			new Clause(".+ \\(Act on the incorporation of Gunwi-gun into Daegu; in force " + DATE + "\\)",
					"provenance.gunwiAct"));

	private final MessageSource messages;

	ReferenceProvenance(MessageSource messages) {
		this.messages = messages;
	}

	/** The clause in the reader's language, if it is one of the reference data's. */
	Optional<String> tell(String clause, Locale locale) {
		for (Clause known : CLAUSES) {
			Matcher matcher = known.pattern().matcher(clause);
			if (matcher.matches()) {
				Object[] args = new Object[matcher.groupCount()];
				for (int i = 0; i < args.length; i++) {
					String value = matcher.group(i + 1);
					args[i] = value.matches("\\d{4}-\\d{2}-\\d{2}")
							? DateOf.of(PartialDate.of(LocalDate.parse(value), DatePrecision.DAY), locale) : value;
				}
				return Optional.of(messages.getMessage(known.key(), args, locale));
			}
		}
		return Optional.empty();
	}

	private record Clause(Pattern pattern, String key) {

		Clause(String regex, String key) {
			this(Pattern.compile(regex), key);
		}

	}

}
