package ma.tanmia.demo;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ma.tanmia.organization.Organizations;
import ma.tanmia.program.Programs;
import ma.tanmia.project.ProjectEditing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;

/**
 * Loads the demonstration programs and projects of Inezgane-Aït Melloul ({@link MandateLoader}) once,
 * after the foundation dataset whose organizations and accounts it needs, under the same conditions
 * (embedded database, demo data enabled). It acts as the demo administrator so the scope checks
 * pass and the audit trail names who loaded it; all of it in one transaction, recorded in
 * {@code demo_data_load}, so a restart never loads it twice and a failure leaves nothing behind.
 */
@Component
@ConditionalOnExpression("'${tanmia.db.url:}'.isEmpty() and ${tanmia.demo-data.enabled:true}")
@Order(1)
class ProgramDemoData implements DemoDataset {

	static final String DATASET = "programs-2016-2027";
	static final String LOADED_BY = DemoAdministrator.USERNAME;

	private static final Logger log = LoggerFactory.getLogger(ProgramDemoData.class);

	private final DemoAdministrator administrator;
	private final Organizations organizations;
	private final Programs programs;
	private final ProjectEditing editing;

	ProgramDemoData(DemoAdministrator administrator, Organizations organizations, Programs programs,
			ProjectEditing editing) {
		this.administrator = administrator;
		this.organizations = organizations;
		this.programs = programs;
		this.editing = editing;
	}

	@Override
	public String name() {
		return DATASET;
	}

	@Override
	public void loadClaimed(TransactionStatus status) {
		boolean acted = administrator.act(() -> {
			String missing = missingPrerequisites();
			if (missing != null) {
				log.warn("Demonstration programs not loaded: {}", missing);
				status.setRollbackOnly();
				return;
			}
			MandateLoader.Loaded loaded = new MandateLoader(programs, editing, LOADED_BY).load();
			log.info("Demonstration programs loaded: {} programs, {} projects 2016–2021, {} projects 2022–2027",
					loaded.programs(), loaded.previousProjects(), loaded.nextProjects());
		});
		if (!acted) {
			// A database whose demo administrator was removed: skip, and try again next start.
			log.warn("Demonstration programs not loaded: no '{}' account", LOADED_BY);
			status.setRollbackOnly();
		}
	}

	/**
	 * What would make loading fail on a database people already worked in: an organization of the
	 * foundation dataset deleted, or a program of the same collectivity and mandate already there.
	 */
	private String missingPrerequisites() {
		Set<String> needed = MandateLoader.organizationsNeeded().collect(Collectors.toSet());
		Set<String> present = organizations.byCodes(needed).keySet();
		if (!present.containsAll(needed)) {
			return "organizations missing " + needed.stream().filter(c -> !present.contains(c)).sorted().toList();
		}
		Set<String> existing = programs.visible(null, null).stream()
			.map(p -> p.kind() + "/" + p.mandateCode() + "/" + p.territoryCode())
			.collect(Collectors.toSet());
		List<String> taken = MandateLoader.programSpecs().stream()
			.filter(s -> existing.contains(s.kind() + "/" + s.mandate() + "/" + s.territory())
					|| programs.findByCode(s.code()).isPresent())
			.map(ProgramSpec::code)
			.toList();
		return taken.isEmpty() ? null : "programs already exist " + taken;
	}
}
