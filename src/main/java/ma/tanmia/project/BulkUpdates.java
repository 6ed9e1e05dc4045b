package ma.tanmia.project;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import ma.tanmia.program.Program;
import ma.tanmia.program.Programs;
import ma.tanmia.project.BulkFile.Line;
import ma.tanmia.project.BulkPlan.Change;
import ma.tanmia.project.BulkPlan.Item;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Updating many projects from an Excel workbook, all or nothing.
 *
 * <ol>
 * <li>Upload: the file is read and every row checked against Tanmia — known code, project within
 * the person's scope, values that obey the project's rules, and no change in Tanmia since the
 * template was downloaded (the hidden version). Nothing is written to the projects: the changes
 * found are kept in {@code project_bulk_upload} for the preview, or every problem is returned.</li>
 * <li>Commit: on a background thread carrying the person's security context, in one transaction,
 * the rows are locked and checked again, then each change goes through {@link ProjectEditing}, so
 * the same rules, scope checks and audit trail apply as in the forms. Any problem rolls everything
 * back. Progress is written beside, in its own short transactions, for the page to poll.</li>
 * </ol>
 */
@Service
class BulkUpdates implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(BulkUpdates.class);

	/** Uploads are forgotten after this; the audit trail keeps what was done. */
	static final Duration KEPT = Duration.ofDays(2);
	/** A running update that has not reported for this long died with its server: nothing was written. */
	static final Duration STALE = Duration.ofMinutes(5);
	static final int PROGRESS_EVERY_ROWS = 100;
	static final long PROGRESS_EVERY_MILLIS = 250;
	static final int CHUNK = 1000;

	enum State {
		READY, RUNNING, DONE, REJECTED, FAILED;

		boolean finished() {
			return this == DONE || this == REJECTED || this == FAILED;
		}
	}

	/** An upload as its page shows it. */
	record Upload(UUID token, String username, String fileName, String sheet, int rowsRead, int unchanged, State state,
			int total, int done, List<SheetProblem> problems, OffsetDateTime createdAt, OffsetDateTime finishedAt) {

		/** Done, as a whole percentage for the progress bar. */
		public int percent() {
			return total == 0 ? 100 : (int) Math.min(100, done * 100L / total);
		}
	}

	/** The outcome of an upload: a token to preview and commit, or the problems of the file. */
	record Checked(UUID token, List<SheetProblem> problems) {

		boolean accepted() {
			return token != null;
		}
	}

	/** A project as Tanmia holds it, for comparing with its row. */
	record Current(String code, long programId, long version, String titleAr, String titleFr, ProjectStatus status,
			BigDecimal progress, LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart,
			boolean landSecured, boolean studiesDone) {
	}

	/** Thrown inside the commit transaction to roll it back with the problems found. */
	static final class Refused extends RuntimeException {

		final transient List<SheetProblem> problems;

		Refused(List<SheetProblem> problems) {
			super(problems.size() + " problem(s)", null, false, false);
			this.problems = problems;
		}
	}

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Programs programs;
	private final ProjectEditing editing;
	private final BulkVocabulary words;
	private final TransactionTemplate writing;
	private final TransactionTemplate aside;
	private final ExecutorService workers;

	BulkUpdates(JdbcClient jdbc, JsonMapper json, Programs programs, ProjectEditing editing, BulkVocabulary words,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.json = json;
		this.programs = programs;
		this.editing = editing;
		this.words = words;
		this.writing = new TransactionTemplate(transactions);
		this.aside = new TransactionTemplate(transactions);
		this.aside.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		AtomicInteger threads = new AtomicInteger();
		this.workers = Executors.newFixedThreadPool(2, work -> {
			Thread thread = new Thread(work, "bulk-update-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@Override
	public void destroy() throws InterruptedException {
		workers.shutdown();
		workers.awaitTermination(30, TimeUnit.SECONDS);
	}

	static LocalDate today() {
		return LocalDate.now(ProjectExportController.MOROCCO);
	}

	// ---------------------------------------------------------------- upload and preview

	/** Reads and checks an uploaded workbook; keeps its changes for the preview when it has no problem. */
	Checked upload(Path file, String fileName, String username) {
		BulkFile.Parsed parsed = BulkFile.read(file, words, today());
		List<SheetProblem> problems = new ArrayList<>(parsed.problems());
		BulkPlan plan = plan(parsed, fileName, problems);
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparingInt(SheetProblem::row).thenComparing(p -> p.column() == null ? "" : p.column(),
					Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())));
			return new Checked(null, problems);
		}
		UUID token = UUID.randomUUID();
		jdbc.sql("delete from project_bulk_upload where created_at < :before")
			.param("before", OffsetDateTime.now().minus(KEPT))
			.update();
		jdbc.sql("""
				insert into project_bulk_upload (token, username, file_name, sheet_name, rows_read, unchanged, total, plan)
				values (:token, :username, :fileName, :sheet, :rowsRead, :unchanged, :total, cast(:plan as jsonb))
				""")
			.param("token", token).param("username", username).param("fileName", truncate(fileName, 255))
			.param("sheet", truncate(plan.sheet(), 64)).param("rowsRead", plan.rowsRead())
			.param("unchanged", plan.unchanged()).param("total", plan.items().size())
			.param("plan", json.writeValueAsString(plan))
			.update();
		return new Checked(token, List.of());
	}

	/** Compares each row with the project it names; adds a located problem for each row that cannot apply. */
	BulkPlan plan(BulkFile.Parsed parsed, String fileName, List<SheetProblem> problems) {
		BulkPlan located = new BulkPlan(fileName, parsed.sheet(), parsed.lines().size(), 0, parsed.headers(),
				parsed.letters(), List.of());
		Map<String, Current> current = current(parsed.lines().stream().map(Line::code).filter(Objects::nonNull).toList());
		Set<Long> editable = editable(current.values().stream().map(Current::programId).toList());
		LocalDate today = today();
		List<Item> items = new ArrayList<>();
		int unchanged = 0;
		for (Line line : parsed.lines()) {
			if (line.code() == null) {
				continue;
			}
			Current now = current.get(line.code());
			if (now == null) {
				problems.add(located.problem(line.row(), BulkColumn.CODE, "bulk.error.code.unknown", line.code()));
				continue;
			}
			if (!editable.contains(now.programId())) {
				problems.add(located.problem(line.row(), BulkColumn.CODE, "bulk.error.code.outside", line.code()));
				continue;
			}
			if (!line.wellFormed()) {
				continue;
			}
			Item item = item(line, now, parsed, located, today, problems);
			if (item == null) {
				continue;
			}
			if (item.changes().isEmpty()) {
				unchanged++;
			}
			else {
				items.add(item);
			}
		}
		return new BulkPlan(fileName, parsed.sheet(), parsed.lines().size(), unchanged, parsed.headers(),
				parsed.letters(), items);
	}

	/** What one row changes, or null when it breaks a rule (the problem is added). */
	private static Item item(Line line, Current now, BulkFile.Parsed parsed, BulkPlan located, LocalDate today,
			List<SheetProblem> problems) {
		List<Change> changes = new ArrayList<>();
		ProjectStatus status = line.status() == null ? now.status() : line.status();
		BigDecimal progress = line.progress() == null ? now.progress() : line.progress();
		boolean statusChanged = status != now.status();
		boolean progressChanged = progress.compareTo(now.progress()) != 0;
		String comment = line.comment();
		boolean report = statusChanged || progressChanged || comment != null;
		LocalDate on = line.reportDate() == null ? today : line.reportDate();
		if (statusChanged) {
			changes.add(new Change(BulkColumn.STATUS, now.status().name(), status.name()));
		}
		if (progressChanged) {
			changes.add(new Change(BulkColumn.PROGRESS, plain(now.progress()), plain(progress)));
		}
		if (report) {
			changes.add(new Change(BulkColumn.REPORT_DATE, null, on.toString()));
		}
		if (comment != null) {
			changes.add(new Change(BulkColumn.COMMENT, null, comment));
		}
		LocalDate plannedEnd = parsed.has(BulkColumn.PLANNED_END) ? line.plannedEnd() : now.plannedEnd();
		boolean land = line.landSecured() == null ? now.landSecured() : line.landSecured();
		boolean studies = line.studiesDone() == null ? now.studiesDone() : line.studiesDone();
		boolean describe = false;
		if (!Objects.equals(plannedEnd, now.plannedEnd())) {
			changes.add(new Change(BulkColumn.PLANNED_END, text(now.plannedEnd()), text(plannedEnd)));
			describe = true;
		}
		if (land != now.landSecured()) {
			changes.add(new Change(BulkColumn.LAND_SECURED, String.valueOf(now.landSecured()), String.valueOf(land)));
			describe = true;
		}
		if (studies != now.studiesDone()) {
			changes.add(new Change(BulkColumn.STUDIES_DONE, String.valueOf(now.studiesDone()), String.valueOf(studies)));
			describe = true;
		}
		if (changes.isEmpty()) {
			return new Item(line.row(), now.code(), now.titleAr(), now.titleFr(), now.version(), false, status, progress,
					null, null, false, plannedEnd, land, studies, List.of());
		}
		int before = problems.size();
		if (line.version() == null) {
			problems.add(located.problem(line.row(), BulkColumn.VERSION, "bulk.error.version"));
		}
		else if (line.version() != now.version()) {
			problems.add(located.problem(line.row(), BulkColumn.VERSION, "bulk.error.conflict", now.code(),
					line.version(), now.version()));
		}
		if (report) {
			BigDecimal hundred = BigDecimal.valueOf(100);
			if (status == ProjectStatus.COMPLETED && progress.compareTo(hundred) != 0) {
				problems.add(located.problem(line.row(), BulkColumn.PROGRESS, "project.progress.completed"));
			}
			else if (status != ProjectStatus.COMPLETED && status != ProjectStatus.CANCELLED
					&& progress.compareTo(hundred) == 0) {
				problems.add(located.problem(line.row(), BulkColumn.STATUS, "project.progress.notCompleted"));
			}
			if (status == ProjectStatus.COMPLETED && now.actualStart() != null && on.isBefore(now.actualStart())) {
				problems.add(located.problem(line.row(), BulkColumn.REPORT_DATE, "bulk.error.date.beforeStart", on,
						now.actualStart()));
			}
		}
		if (plannedEnd != null && now.plannedStart() != null && plannedEnd.isBefore(now.plannedStart())) {
			problems.add(located.problem(line.row(), BulkColumn.PLANNED_END, "bulk.error.date.beforePlannedStart",
					plannedEnd, now.plannedStart()));
		}
		if (problems.size() > before) {
			return null;
		}
		return new Item(line.row(), now.code(), now.titleAr(), now.titleFr(), line.version(), report, status, progress,
				report ? on : null, comment, describe, plannedEnd, land, studies, changes);
	}

	/** The projects with these codes, as they are now, by code. */
	private Map<String, Current> current(List<String> codes) {
		Map<String, Current> current = new HashMap<>();
		List<String> distinct = List.copyOf(new LinkedHashSet<>(codes));
		for (int from = 0; from < distinct.size(); from += CHUNK) {
			jdbc.sql("""
					select code, program_id, version, title_ar, title_fr, status, physical_progress, planned_start,
					       planned_end, actual_start, land_secured, studies_done
					from project where code in (:codes)
					""")
				.param("codes", distinct.subList(from, Math.min(distinct.size(), from + CHUNK)))
				.query((rs, n) -> new Current(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
						rs.getString(5), ProjectStatus.valueOf(rs.getString(6)), rs.getBigDecimal(7),
						rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
						rs.getObject(10, LocalDate.class), rs.getBoolean(11), rs.getBoolean(12)))
				.list()
				.forEach(c -> current.put(c.code(), c));
		}
		return current;
	}

	/** Of these programs, those the current person may edit. */
	private Set<Long> editable(List<Long> programIds) {
		Set<Long> editable = new java.util.HashSet<>();
		for (Program program : programs.byIds(new LinkedHashSet<>(programIds)).values()) {
			if (programs.mayEdit(program)) {
				editable.add(program.id());
			}
		}
		return editable;
	}

	Optional<Upload> find(UUID token, String username) {
		return jdbc.sql("""
				select token, username, file_name, sheet_name, rows_read, unchanged, status, total, done, problems,
				       created_at, updated_at, finished_at
				from project_bulk_upload where token = :token and username = :username
				""")
			.param("token", token).param("username", username)
			.query((rs, n) -> {
				State state = State.valueOf(rs.getString("status"));
				List<SheetProblem> problems = rs.getString("problems") == null ? List.of()
						: List.of(json.readValue(rs.getString("problems"), SheetProblem[].class));
				OffsetDateTime updated = rs.getObject("updated_at", OffsetDateTime.class);
				if (state == State.RUNNING && updated.isBefore(OffsetDateTime.now().minus(STALE))) {
					state = State.FAILED;
					problems = List.of(SheetProblem.at(rs.getString("sheet_name"), 0, null, null, "bulk.error.interrupted"));
				}
				return new Upload(rs.getObject("token", UUID.class), rs.getString("username"), rs.getString("file_name"),
						rs.getString("sheet_name"), rs.getInt("rows_read"), rs.getInt("unchanged"), state,
						rs.getInt("total"), rs.getInt("done"), problems, rs.getObject("created_at", OffsetDateTime.class),
						rs.getObject("finished_at", OffsetDateTime.class));
			})
			.optional();
	}

	BulkPlan plan(UUID token) {
		return json.readValue(jdbc.sql("select plan::text from project_bulk_upload where token = :token")
			.param("token", token).query(String.class).single(), BulkPlan.class);
	}

	/** Forgets an upload that is not being applied. */
	void discard(UUID token, String username) {
		jdbc.sql("delete from project_bulk_upload where token = :token and username = :username and status <> 'RUNNING'")
			.param("token", token).param("username", username).update();
	}

	// ---------------------------------------------------------------- commit

	/**
	 * Starts applying an upload on a background thread; false when it is not (or no longer) ready.
	 * The person's security context goes with it: the scope checks and the audit trail see them.
	 */
	boolean commit(UUID token, String username, SecurityContext context) {
		int claimed = jdbc.sql("""
				update project_bulk_upload set status = 'RUNNING', done = 0, updated_at = now()
				where token = :token and username = :username and status = 'READY'
				""").param("token", token).param("username", username).update();
		if (claimed == 0) {
			return false;
		}
		workers.execute(new DelegatingSecurityContextRunnable(() -> run(token, username), context));
		return true;
	}

	/** Applies an upload in one transaction; records how it ended. */
	void run(UUID token, String username) {
		BulkPlan plan = plan(token);
		Progress progress = new Progress(token);
		progress.report(0);
		try {
			long start = System.nanoTime();
			long[] checked = new long[1];
			writing.executeWithoutResult(status -> {
				List<SheetProblem> problems = recheck(plan);
				if (!problems.isEmpty()) {
					throw new Refused(problems);
				}
				checked[0] = System.nanoTime();
				// One revision per changed project, in batches of a thousand: a row that changes both the
				// schedule and the progress is one UPDATE and one version, not two.
				List<ProjectEditing.Revision> revisions = plan.items().stream()
					.map(item -> new ProjectEditing.Revision(item.code(), item.version(),
							item.describe() ? new ProjectEditing.Rescheduling(item.code(), item.version(), item.plannedEnd(),
									item.landSecured(), item.studiesDone()) : null,
							item.report() ? new ProjectEditing.ProgressReport(item.code(), item.version(), item.status(),
									item.progress(), item.reportDate(), item.comment()) : null))
					.toList();
				for (int from = 0; from < revisions.size(); from += ProjectEditing.BATCH) {
					int to = Math.min(revisions.size(), from + ProjectEditing.BATCH);
					List<ProjectEditing.Revision> batch = revisions.subList(from, to);
					apply(plan, plan.items().subList(from, to), () -> editing.reviseAll(batch, username));
					progress.tick(to);
				}
			});
			log.info("Bulk update {} by {}: {} projects changed in {} ms (checked again in {} ms)", token, username,
					plan.items().size(), (System.nanoTime() - start) / 1_000_000, (checked[0] - start) / 1_000_000);
			finish(token, State.DONE, plan.items().size(), List.of());
		}
		catch (Refused refused) {
			finish(token, State.REJECTED, 0, refused.problems);
		}
		catch (RuntimeException e) {
			log.error("Bulk update {} failed; rolled back", token, e);
			finish(token, State.FAILED, 0, List.of(SheetProblem.at(plan.sheet(), 0, null, null, "bulk.error.unexpected")));
		}
	}

	/**
	 * Locks the rows to change and checks again what may have moved since the upload: another change
	 * to a project, a scope withdrawn, a project deleted.
	 */
	private List<SheetProblem> recheck(BulkPlan plan) {
		List<String> codes = plan.items().stream().map(Item::code).toList();
		Map<String, long[]> locked = new HashMap<>();
		for (int from = 0; from < codes.size(); from += CHUNK) {
			jdbc.sql("select code, version, program_id from project where code in (:codes) order by id for update")
				.param("codes", codes.subList(from, Math.min(codes.size(), from + CHUNK)))
				.query((rs, n) -> Map.entry(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) }))
				.list()
				.forEach(e -> locked.put(e.getKey(), e.getValue()));
		}
		Set<Long> editable = editable(locked.values().stream().map(v -> v[1]).toList());
		List<SheetProblem> problems = new ArrayList<>();
		for (Item item : plan.items()) {
			long[] now = locked.get(item.code());
			if (now == null) {
				problems.add(plan.problem(item.row(), BulkColumn.CODE, "bulk.error.code.unknown", item.code()));
			}
			else if (!editable.contains(now[1])) {
				problems.add(plan.problem(item.row(), BulkColumn.CODE, "bulk.error.code.outside", item.code()));
			}
			else if (now[0] != item.version()) {
				problems.add(plan.problem(item.row(), BulkColumn.VERSION, "bulk.error.conflict.sinceUpload", item.code()));
			}
		}
		return problems;
	}

	/** One batch of changes; a refused one is located at its row, and nothing of the file is kept. */
	private void apply(BulkPlan plan, List<Item> items, Runnable batch) {
		try {
			batch.run();
		}
		catch (ProjectEditing.ReportRefused refused) {
			Item item = items.get(refused.index);
			if ("project.conflict".equals(refused.messageKey)) {
				throw new Refused(List.of(plan.problem(item.row(), BulkColumn.VERSION, "bulk.error.conflict.sinceUpload",
						item.code())));
			}
			if ("project.unknown".equals(refused.messageKey)) {
				throw new Refused(List.of(plan.problem(item.row(), BulkColumn.CODE, "bulk.error.code.unknown", item.code())));
			}
			throw new Refused(List.of(plan.problem(item.row(), columnOf(refused.messageKey), refused.messageKey)));
		}
		catch (AccessDeniedException denied) {
			throw new Refused(List.of(plan.problem(items.get(0).row(), BulkColumn.CODE, "bulk.error.code.outside",
					items.get(0).code())));
		}
	}

	private static BulkColumn columnOf(String messageKey) {
		return switch (messageKey) {
			case "project.progress.range", "project.progress.completed" -> BulkColumn.PROGRESS;
			case "project.progress.notCompleted" -> BulkColumn.STATUS;
			case "project.dates.order" -> BulkColumn.PLANNED_END;
			default -> null;
		};
	}

	private void finish(UUID token, State state, int done, List<SheetProblem> problems) {
		aside.executeWithoutResult(status -> jdbc.sql("""
				update project_bulk_upload set status = :state, done = :done, problems = cast(:problems as jsonb),
				       updated_at = now(), finished_at = now()
				where token = :token
				""")
			.param("token", token).param("state", state.name()).param("done", done)
			.param("problems", problems.isEmpty() ? null : json.writeValueAsString(problems))
			.update());
	}

	/** Writes how far the commit is, beside its transaction, now and then. */
	private final class Progress {

		private final UUID token;
		private long last = System.currentTimeMillis();

		Progress(UUID token) {
			this.token = token;
		}

		void tick(int done) {
			long now = System.currentTimeMillis();
			if (done % PROGRESS_EVERY_ROWS == 0 || now - last >= PROGRESS_EVERY_MILLIS) {
				report(done);
				last = now;
			}
		}

		void report(int done) {
			aside.executeWithoutResult(status -> jdbc.sql(
					"update project_bulk_upload set done = :done, updated_at = now() where token = :token")
				.param("token", token).param("done", done).update());
		}
	}

	static String plain(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}

	private static String text(LocalDate date) {
		return date == null ? null : date.toString();
	}

	private static String truncate(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}
}
