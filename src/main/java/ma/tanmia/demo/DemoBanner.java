package ma.tanmia.demo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page says so when the database holds demonstration data. */
@ControllerAdvice(annotations = Controller.class)
class DemoBanner {

	private final JdbcClient jdbc;
	private volatile Boolean loaded;

	DemoBanner(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ModelAttribute("demoData")
	boolean demoData() {
		Boolean known = loaded;
		if (known == null || !known) {
			// Re-checked until seen: the data may be loaded just after start-up.
			known = jdbc.sql("select exists (select 1 from demo_data_load)").query(Boolean.class).single();
			loaded = known;
		}
		return known;
	}
}
