package vn.hoptac;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import vn.hoptac.agreements.ActionType;
import vn.hoptac.conferences.ApprovingAuthority;
import vn.hoptac.conferences.ConferenceKind;
import vn.hoptac.conferences.ConferenceStage;
import vn.hoptac.ngos.CertificateStatus;
import vn.hoptac.ngos.CertificateType;
import vn.hoptac.ngos.NgoStatus;
import vn.hoptac.ngos.OpinionMatter;
import vn.hoptac.ngos.OpinionStance;
import vn.hoptac.ngos.ReportRecipient;
import vn.hoptac.agreements.AgreementKind;
import vn.hoptac.agreements.LegalBasis;
import vn.hoptac.agreements.PartySide;
import vn.hoptac.agreements.SignatoryLevel;
import vn.hoptac.agreements.StatutoryDeadline;
import vn.hoptac.geo.LocalityLevel;
import vn.hoptac.money.RateKind;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.OrganisationType;
import vn.hoptac.partners.PartnershipLevel;
import vn.hoptac.partners.PartnershipStatus;
import vn.hoptac.partners.PartnershipType;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.Reminder;
import vn.hoptac.shared.Role;
import vn.hoptac.shared.Visibility;

/**
 * Vietnamese, English and Korean are complete: every bundle has the same keys in the three
 * languages, no value is blank, and every message key a template names exists.
 */
class MessageBundlesTests {

	static final String[] BUNDLES = { "messages", "i18n/layout", "i18n/pages", "i18n/admin", "i18n/records", "i18n/money",
			"i18n/delegations", "i18n/conferences", "i18n/ngos", "i18n/exchanges", "i18n/events", "i18n/projects",
			"i18n/reminders", "i18n/reviews", "i18n/exports", "i18n/monitoring", "i18n/forums", "i18n/feedback", "i18n/analytics", "i18n/dashboards", "i18n/reports", "i18n/policies" };

	static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	@ParameterizedTest
	@ValueSource(strings = { "messages", "i18n/layout", "i18n/pages", "i18n/admin", "i18n/records", "i18n/money",
			"i18n/delegations", "i18n/conferences", "i18n/ngos", "i18n/exchanges", "i18n/events", "i18n/projects",
			"i18n/reminders", "i18n/reviews", "i18n/exports", "i18n/monitoring", "i18n/forums", "i18n/feedback", "i18n/analytics", "i18n/dashboards", "i18n/reports", "i18n/policies" })
	void everyLanguageHasEveryKey(String bundle) throws IOException {
		Properties vietnamese = load(bundle + ".properties");
		for (String language : new String[] { "en", "ko" }) {
			Properties other = load(bundle + "_" + language + ".properties");
			assertThat(new TreeSet<>(other.stringPropertyNames())).as(bundle + " in " + language)
				.isEqualTo(new TreeSet<>(vietnamese.stringPropertyNames()));
			other.forEach((key, value) -> assertThat(value.toString()).as(bundle + "_" + language + ": " + key)
				.isNotBlank());
		}
		vietnamese.forEach((key, value) -> assertThat(value.toString()).as(bundle + ": " + key).isNotBlank());
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> known = new TreeSet<>();
		for (String bundle : BUNDLES) {
			if (new ClassPathResource(bundle + ".properties").exists()) {
				known.addAll(load(bundle + ".properties").stringPropertyNames());
			}
		}
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					if (!known.contains(matcher.group(1))) {
						missing.add(template.getFileName() + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyCodelistValueHasALabel() throws IOException {
		Set<String> known = new TreeSet<>();
		for (String bundle : BUNDLES) {
			known.addAll(load(bundle + ".properties").stringPropertyNames());
		}
		Set<String> missing = new TreeSet<>();
		for (Class<? extends Enum<?>> codelist : CODELISTS) {
			for (Enum<?> value : codelist.getEnumConstants()) {
				String key = "enum." + codelist.getSimpleName() + "." + value.name();
				if (!known.contains(key)) {
					missing.add(key);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	static final List<Class<? extends Enum<?>>> CODELISTS = List.of(PartnershipType.class, PartnershipStatus.class,
			PartnershipLevel.class, CooperationField.class, OrganisationType.class, AgreementKind.class,
			LegalBasis.class, SignatoryLevel.class, ActionType.class, PartySide.class, StatutoryDeadline.class,
			Visibility.class, LocalityLevel.class, Role.class, Qualifier.class, Reminder.Severity.class,
			RateKind.class,
			vn.hoptac.delegations.DelegationDirection.class, vn.hoptac.delegations.DelegationStatus.class,
			vn.hoptac.delegations.DelegationRank.class, vn.hoptac.delegations.CostBearer.class,
			vn.hoptac.delegations.FollowUpStatus.class, vn.hoptac.delegations.PlanKind.class,
			vn.hoptac.delegations.PlanStep.class, vn.hoptac.delegations.PlanItemStatus.class,
			vn.hoptac.delegations.CountBasis.class, vn.hoptac.delegations.PersonsUnit.class,
			vn.hoptac.delegations.StatsGrouping.class, ConferenceKind.class, ConferenceStage.class,
			ApprovingAuthority.class, NgoStatus.class, CertificateType.class, CertificateStatus.class,
			OpinionMatter.class, OpinionStance.class, ReportRecipient.class,
			vn.hoptac.exchanges.ExchangeKind.class, vn.hoptac.exchanges.ExchangeStatus.class, vn.hoptac.exchanges.ExchangeDirection.class, vn.hoptac.exchanges.ExchangeSex.class, vn.hoptac.exchanges.ExchangeMeasure.class, vn.hoptac.exchanges.ExchangeUnit.class, vn.hoptac.exchanges.ExchangeStats.ExchangeGroupBy.class,
			vn.hoptac.events.MembershipKind.class, vn.hoptac.events.MembershipStatus.class, vn.hoptac.events.EventKind.class, vn.hoptac.events.EventRole.class, vn.hoptac.events.EventMeasure.class,
			vn.hoptac.projects.ProjectModality.class, vn.hoptac.projects.ProposalStage.class,
			vn.hoptac.projects.AppraisalConclusion.class, vn.hoptac.projects.FlowMetric.class,
			vn.hoptac.monitoring.ResultLevel.class, vn.hoptac.monitoring.IndicatorMeasure.class, vn.hoptac.monitoring.FrameworkScope.class, vn.hoptac.monitoring.UpdateStatus.class,
			vn.hoptac.forums.ForumKind.class, vn.hoptac.partners.Pillar.class, vn.hoptac.forums.ForumActionStatus.class, vn.hoptac.forums.FollowUpProgress.class,
			vn.hoptac.policies.PolicyKind.class);

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		ClassPathResource file = new ClassPathResource(resource);
		assertThat(file.exists()).as(resource).isTrue();
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
