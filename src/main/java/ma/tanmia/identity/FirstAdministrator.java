package ma.tanmia.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import ma.tanmia.organization.OrganizationKind;
import ma.tanmia.organization.Organizations;
import ma.tanmia.shared.LocalizedName;
import ma.tanmia.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A database without any account (an external server, no demonstration data) gets one national
 * administrator, {@code admin}, so someone can sign in and create the others. Its password is
 * {@code TANMIA_ADMIN_PASSWORD}, or a random one written once to the log.
 */
@Component
class FirstAdministrator {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final JdbcClient jdbc;
	private final Organizations organizations;
	private final UserAdministration administration;
	private final TransactionTemplate transaction;
	private final String password;

	FirstAdministrator(JdbcClient jdbc, Organizations organizations, UserAdministration administration,
			TransactionTemplate transaction, @Value("${TANMIA_ADMIN_PASSWORD:}") String password) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.administration = administration;
		this.transaction = transaction;
		this.password = password;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void createWhenNoAccountExists() {
		transaction.executeWithoutResult(status -> {
			jdbc.sql("select pg_advisory_xact_lock(hashtext('first-administrator'))").query(Object.class).list();
			if (jdbc.sql("select count(*) from user_account").query(Long.class).single() > 0) {
				return;
			}
			var dgct = organizations.findByCode("MI-DGCT")
				.orElseGet(() -> organizations.register("MI-DGCT", OrganizationKind.STATE_SECTOR,
						new LocalizedName("المديرية العامة للجماعات الترابية",
								"Direction générale des collectivités territoriales", null),
						"MA", "interior"));
			boolean generated = password.isBlank();
			String secret = generated ? randomPassword() : password;
			administration.open(new UserAdministration.NewAccount("admin", secret, "Administrateur", null, dgct.id(),
					List.of(new UserAdministration.Grant(Role.ADMINISTRATOR, "MA"))));
			if (generated) {
				log.warn("No account existed: created 'admin' with password {} — change it after signing in", secret);
			}
		});
	}

	private static String randomPassword() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
