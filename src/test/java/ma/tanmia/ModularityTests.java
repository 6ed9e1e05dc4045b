package ma.tanmia;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(TanmiaApplication.class);

	@Test
	void modules_only_use_each_others_published_api_and_have_no_cycles() {
		modules.verify();
	}

	@Test
	void module_documentation_is_written_to_target() {
		new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml();
	}
}
