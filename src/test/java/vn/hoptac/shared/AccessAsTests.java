package vn.hoptac.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** {@link Access#as}: a task runs with another actor's rights, and whoever ran before is restored. */
class AccessAsTests {

	private static final Actor DA_NANG = new Actor("danang", Role.PROVINCE_OFFICER, 48L, null);

	private static final Actor PARTNER = new Actor("partner", Role.PARTNER, null, null);

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	private static void signIn(Actor actor) {
		Actor.Holder holder = () -> actor;
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(holder, null, List.of()));
	}

	@Test
	void theTaskSeesTheOtherActorsRights() {
		signIn(PARTNER);
		Stewardship internalOfDaNang = new Stewardship(48L, null, Visibility.INTERNAL);

		assertThat(Access.canRead(internalOfDaNang)).isFalse();
		assertThat(Access.as(DA_NANG, () -> Access.current().orElseThrow())).isEqualTo(DA_NANG);
		assertThat(Access.as(DA_NANG, () -> Access.canRead(internalOfDaNang))).isTrue();
		assertThat(Access.as(DA_NANG, Access::readScope).ownProvince()).isEqualTo(48L);
		assertThat(Access.current()).contains(PARTNER);
	}

	@Test
	void whoeverRanBeforeIsRestoredAlsoWhenTheTaskFails() {
		signIn(PARTNER);
		assertThatIllegalStateException().isThrownBy(() -> Access.as(DA_NANG, () -> {
			throw new IllegalStateException("failed");
		}));
		assertThat(Access.current()).contains(PARTNER);
	}

	@Test
	void anAnonymousCallerStaysAnonymousAfterwards() {
		assertThat(Access.current()).isEmpty();
		assertThat(Access.as(DA_NANG, Access::required)).isEqualTo(DA_NANG);
		assertThat(Access.current()).isEmpty();
		assertThat(Access.asSystem(Access::required)).isEqualTo(Actor.SYSTEM);
	}

	@Test
	void nestedRunsRestoreTheirOuterActor() {
		Actor inner = Access.as(DA_NANG, () -> {
			Actor partner = Access.as(PARTNER, Access::required);
			assertThat(Access.required()).isEqualTo(DA_NANG);
			return partner;
		});
		assertThat(inner).isEqualTo(PARTNER);
	}

}
