package vn.hoptac.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.persistence.Column;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.hoptac.agreements.Agreement;
import vn.hoptac.agreements.AgreementAction;
import vn.hoptac.agreements.AgreementParty;
import vn.hoptac.geo.Locality;
import vn.hoptac.identity.User;
import vn.hoptac.reminders.OutboxMessage;
import vn.hoptac.identity.internal.AccessToken;
import vn.hoptac.partners.Milestone;
import vn.hoptac.partners.Organisation;
import vn.hoptac.partners.Partnership;
import vn.hoptac.partners.StatusChange;
import vn.hoptac.partners.TypeChange;

/**
 * The column sizes the entities declare, which requests are validated against, are those of the
 * schema the migrations create: a change on one side without the other fails here.
 */
@SpringBootTest
@org.junit.jupiter.api.Tag("database")
class ColumnLimitsTests {

	private static final Map<Class<?>, String> TABLES = new LinkedHashMap<>();

	static {
		TABLES.put(Locality.class, "locality");
		TABLES.put(Organisation.class, "organisation");
		TABLES.put(Partnership.class, "partnership");
		TABLES.put(TypeChange.class, "partnership_type_change");
		TABLES.put(StatusChange.class, "partnership_status_change");
		TABLES.put(Milestone.class, "partnership_milestone");
		TABLES.put(Agreement.class, "agreement");
		TABLES.put(AgreementParty.class, "agreement_party");
		TABLES.put(AgreementAction.class, "agreement_action");
		TABLES.put(User.class, "app_user");
		TABLES.put(AccessToken.class, "access_token");
		TABLES.put(vn.hoptac.money.Currency.class, "currency");
		TABLES.put(vn.hoptac.money.ExchangeRate.class, "exchange_rate");
		TABLES.put(vn.hoptac.delegations.Delegation.class, "delegation");
		TABLES.put(vn.hoptac.delegations.FollowUp.class, "delegation_follow_up");
		TABLES.put(vn.hoptac.delegations.ReportedTotal.class, "delegation_reported_total");
		TABLES.put(vn.hoptac.delegations.DelegationPlan.class, "delegation_plan");
		TABLES.put(vn.hoptac.delegations.DelegationPlanItem.class, "delegation_plan_item");
		TABLES.put(vn.hoptac.delegations.PlanStepEntry.class, "delegation_plan_step");
		TABLES.put(vn.hoptac.conferences.Conference.class, "conference");
		TABLES.put(vn.hoptac.conferences.ConferenceStep.class, "conference_step");
		TABLES.put(vn.hoptac.ngos.Ngo.class, "ngo");
		TABLES.put(vn.hoptac.ngos.NgoCertificate.class, "ngo_certificate");
		TABLES.put(vn.hoptac.ngos.NgoOpinion.class, "ngo_opinion");
		TABLES.put(vn.hoptac.ngos.NgoVisit.class, "ngo_visit");
		TABLES.put(vn.hoptac.ngos.NgoReport.class, "ngo_report");
		TABLES.put(vn.hoptac.exchanges.Exchange.class, "exchange");
		TABLES.put(vn.hoptac.exchanges.ExchangeCount.class, "exchange_count");
		TABLES.put(vn.hoptac.events.Membership.class, "membership");
		TABLES.put(vn.hoptac.events.MembershipRole.class, "membership_role");
		TABLES.put(vn.hoptac.events.Event.class, "event");
		TABLES.put(vn.hoptac.events.Award.class, "award");
		TABLES.put(vn.hoptac.projects.Project.class, "project");
		TABLES.put(vn.hoptac.projects.ProjectParticipant.class, "project_participant");
		TABLES.put(vn.hoptac.projects.ProjectLocation.class, "project_location");
		TABLES.put(vn.hoptac.projects.ProjectBudget.class, "project_budget");
		TABLES.put(vn.hoptac.projects.ProjectTransaction.class, "project_transaction");
		TABLES.put(vn.hoptac.projects.ProjectAppraisal.class, "project_appraisal");
		TABLES.put(vn.hoptac.projects.ReportedFlowTotal.class, "reported_flow_total");
		TABLES.put(OutboxMessage.class, "reminder_outbox");
		TABLES.put(vn.hoptac.reviews.PartnershipReview.class, "partnership_review");
		TABLES.put(vn.hoptac.forums.Forum.class, "forum");
		TABLES.put(vn.hoptac.policies.PolicyDocument.class, "policy_document");
		TABLES.put(vn.hoptac.feedback.FeedbackForm.class, "feedback_form");
		TABLES.put(vn.hoptac.feedback.Feedback.class, "feedback");
		TABLES.put(vn.hoptac.feedback.FeedbackReply.class, "feedback_reply");
		TABLES.put(vn.hoptac.monitoring.CooperationPlan.class, "cooperation_plan");
		TABLES.put(vn.hoptac.monitoring.ResultsFramework.class, "results_framework");
		TABLES.put(vn.hoptac.monitoring.FrameworkResult.class, "framework_result");
		TABLES.put(vn.hoptac.monitoring.Indicator.class, "indicator");
		TABLES.put(vn.hoptac.monitoring.IndicatorPeriod.class, "indicator_period");
		TABLES.put(vn.hoptac.monitoring.IndicatorUpdate.class, "indicator_update");
		TABLES.put(vn.hoptac.monitoring.Evidence.class, "indicator_update_evidence");
		TABLES.put(vn.hoptac.monitoring.DisaggregatedValue.class, "indicator_update_value");
	}

	@Autowired
	DataSource dataSource;

	@Test
	void everyDeclaredLengthIsTheLengthOfItsColumn() throws Exception {
		Map<String, Integer> declared = new LinkedHashMap<>();
		TABLES.forEach((type, table) -> {
			for (Field field : type.getDeclaredFields()) {
				Column column = field.getAnnotation(Column.class);
				if (field.getType() == String.class && column != null && column.length() != 255) {
					String name = column.name().isEmpty() ? snakeCase(field.getName()) : column.name();
					declared.put(table + "." + name, column.length());
				}
			}
		});
		for (String spelling : new String[] { "name_vi", "name_en", "name_ko", "name_native" }) {
			declared.put("locality." + spelling, Locality.NAME_LENGTH);
			declared.put("organisation." + spelling, Organisation.NAME_LENGTH);
		}
		assertThat(declared).hasSizeGreaterThan(30);
		assertThat(declared).isEqualTo(actual(declared));
	}

	private Map<String, Integer> actual(Map<String, Integer> wanted) throws Exception {
		Map<String, Integer> sizes = new LinkedHashMap<>();
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metadata = connection.getMetaData();
			for (String column : wanted.keySet()) {
				String[] parts = column.split("\\.");
				sizes.put(column, size(metadata, parts[0], parts[1]));
			}
		}
		return sizes;
	}

	private static Integer size(DatabaseMetaData metadata, String table, String column) throws Exception {
		for (String[] spelling : new String[][] { { table, column },
				{ table.toUpperCase(Locale.ROOT), column.toUpperCase(Locale.ROOT) } }) {
			try (ResultSet columns = metadata.getColumns(null, null, spelling[0], spelling[1])) {
				if (columns.next()) {
					return columns.getInt("COLUMN_SIZE");
				}
			}
		}
		return null;
	}

	private static String snakeCase(String name) {
		return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

}
