package ma.tanmia.project;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import ma.tanmia.program.Program;
import ma.tanmia.program.Programs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps {@code project_tally} live: the evaluation's figures per cell (the projects of one mandate
 * located in one unit), recomputed from the projects, funding plans, financial events and blockings
 * of the cell in the same transaction as every write to them (docs/EVALUATION.md, "Where the figures
 * come from"). A writer {@link #touch touches} the cells it changed; they are recomputed once, just
 * before the transaction commits, so a bulk update of 10,000 projects recomputes each of its cells
 * once, not 10,000 times.
 *
 * <p>Recomputing from the base rows, rather than adding deltas, means a tally can never drift from
 * what it sums, whatever wrote the rows. Two transactions that change the same cell are serialized
 * by an advisory lock taken before the recomputation (in cell order, so they cannot deadlock): the
 * second one reads the first one's committed rows (each statement of READ COMMITTED sees what was
 * committed before it started).
 */
@Component
class ProjectTally {

	/** Where a project was written: its program and its unit (the cell is that program's mandate and the unit). */
	record Cell(long programId, String territoryPath) {
	}

	/**
	 * Inserts the tally rows of the projects selected by {@code %2$s}, a condition over {@code project p}
	 * and {@code g}, the relation {@code %1$s} that gives the programs' mandates as {@code g (id,
	 * mandate_code)}: the definitions of docs/EVALUATION.md. Also the backfill of migration V61 and of
	 * the bench's synthetic data.
	 */
	static final String INSERT = """
			with p as (
			  select p.id, g.mandate_code, p.territory_path, p.territory_code, p.status, p.sector_code, p.competence,
			         p.program_id || ':' || coalesce(p.node_id::text, '') as node, p.cost, p.committed, p.paid,
			         p.cost * p.physical_progress / 100 as executed,
			         case when p.status <> 'COMPLETED' then p.cost * (100 - p.physical_progress) / 100 else 0 end as unexecuted
			  from project p join %1$s on g.id = p.program_id
			  where %2$s
			), pc as (
			  select distinct b.project_id, c.family_code, c.code as cause_code
			  from project_blocking b join blocking_cause c on c.code = b.cause_code
			  where b.project_id in (select id from p where status <> 'COMPLETED')
			), families as (
			  select project_id, count(distinct family_code) as n from pc group by project_id
			), causes_in_family as (
			  select project_id, family_code, count(*) as n from pc group by project_id, family_code
			), weighted as (
			  -- an unfinished project's unexecuted amount, split equally among its families, then among its causes in each
			  select p.mandate_code, p.territory_path, p.territory_code, pc.project_id, pc.family_code, pc.cause_code,
			         p.unexecuted * (1.0 / f.n / cf.n) as amount
			  from pc join p on p.id = pc.project_id
			  join families f on f.project_id = pc.project_id
			  join causes_in_family cf on cf.project_id = pc.project_id and cf.family_code = pc.family_code
			), planned as (
			  select p.mandate_code, p.territory_path, p.territory_code, f.source_code, sum(f.amount) as amount
			  from project_funding f join p on p.id = f.project_id
			  group by 1, 2, 3, 4
			), moved as (
			  select p.mandate_code, p.territory_path, p.territory_code, e.source_code,
			         coalesce(sum(e.amount) filter (where e.kind = 'COMMITMENT'), 0) as committed,
			         coalesce(sum(e.amount) filter (where e.kind = 'PAYMENT'), 0) as paid
			  from project_financial_event e join p on p.id = e.project_id
			  group by 1, 2, 3, 4
			)
			insert into project_tally (mandate_code, territory_path, territory_code, breakdown, key, family, projects, cost,
			                           completed, executed, committed, paid, unexecuted)
			select mandate_code, territory_path, territory_code,
			       case when grouping(status) = 0 then 'STATUS' when grouping(sector_code) = 0 then 'SECTOR'
			            when grouping(competence) = 0 then 'COMPETENCE' when grouping(node) = 0 then 'NODE' else 'UNIT' end,
			       case when grouping(status) = 0 then status when grouping(sector_code) = 0 then sector_code
			            when grouping(competence) = 0 then competence when grouping(node) = 0 then node else '' end,
			       null, count(*), sum(cost), count(*) filter (where status = 'COMPLETED'), sum(executed), sum(committed),
			       sum(paid), sum(unexecuted)
			from p
			group by grouping sets ((mandate_code, territory_path, territory_code),
			                        (mandate_code, territory_path, territory_code, status),
			                        (mandate_code, territory_path, territory_code, sector_code),
			                        (mandate_code, territory_path, territory_code, competence),
			                        (mandate_code, territory_path, territory_code, node))
			union all
			select mandate_code, territory_path, territory_code, 'FAMILY', family_code, family_code, count(distinct project_id),
			       null, null, null, null, null, sum(amount)
			from weighted group by mandate_code, territory_path, territory_code, family_code
			union all
			select mandate_code, territory_path, territory_code, 'CAUSE', cause_code, min(family_code), count(*),
			       null, null, null, null, null, sum(amount)
			from weighted group by mandate_code, territory_path, territory_code, cause_code
			union all
			select mandate_code, territory_path, territory_code, 'NO_CAUSE', '', null, count(*),
			       null, null, null, null, null, sum(unexecuted)
			from p
			where status <> 'COMPLETED' and not exists (select 1 from project_blocking b where b.project_id = p.id)
			group by mandate_code, territory_path, territory_code
			union all
			select coalesce(planned.mandate_code, moved.mandate_code), coalesce(planned.territory_path, moved.territory_path),
			       coalesce(planned.territory_code, moved.territory_code), 'SOURCE',
			       coalesce(planned.source_code, moved.source_code), null, null, coalesce(planned.amount, 0), null, null,
			       coalesce(moved.committed, 0), coalesce(moved.paid, 0), null
			from planned full join moved on moved.mandate_code = planned.mandate_code
			     and moved.territory_path = planned.territory_path and moved.source_code = planned.source_code
			""";

	/**
	 * Every cell from scratch: the backfill (migration V61, the bench's synthetic data), the only place
	 * that reads the programs' mandates from their table rather than through {@code Programs}.
	 */
	static final String REBUILD = "delete from project_tally;\n"
			+ INSERT.formatted("(select id, mandate_code from program) g", "true");

	/** The mandates of the programs with projects in the refreshed units, as {@code Programs} gave them. */
	private static final String MANDATES_OF_PROGRAMS = """
			unnest(cast(:programIds as bigint[]), cast(:programMandates as text[])) as g (id, mandate_code)""";

	/** The cells {@code (:mandates[i], :paths[i])}, over the mandate column {@code %s}. */
	private static final String CELLS = """
			p.territory_path = any(cast(:paths as text[]) collate "C")
			and (%s, p.territory_path) in (
			  select c.mandate_code, c.territory_path collate "C"
			  from unnest(cast(:mandates as text[]), cast(:paths as text[])) as c (mandate_code, territory_path))
			""";

	private final JdbcClient jdbc;
	private final Programs programs;

	ProjectTally(JdbcClient jdbc, Programs programs) {
		this.jdbc = jdbc;
		this.programs = programs;
	}

	/**
	 * The figures of this cell changed (a project was registered or described there, reported progress,
	 * got a commitment, a payment or a blocking): they are recomputed before the transaction commits, or
	 * now without a transaction.
	 */
	void touch(long programId, String territoryPath) {
		touch(List.of(new Cell(programId, territoryPath)));
	}

	void touch(Collection<Cell> cells) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			refresh(cells);
			return;
		}
		pending().cells.addAll(cells);
	}

	/**
	 * Recomputes now the cells this transaction touched, so a reader in the same transaction as the
	 * writes (a loader that evaluates what it just wrote) sees them.
	 */
	void flush() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			Set<Cell> cells = pending().cells;
			refresh(cells);
			cells.clear();
		}
	}

	/**
	 * The cells the current transaction touched, held by its synchronization: a transaction started
	 * inside it (REQUIRES_NEW) suspends the outer synchronizations and gets its own.
	 */
	private PendingCells pending() {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof PendingCells cells && cells.tally() == this) {
				return cells;
			}
		}
		PendingCells cells = new PendingCells(this, new LinkedHashSet<>());
		TransactionSynchronizationManager.registerSynchronization(cells);
		return cells;
	}

	/** Recomputes the cells of a transaction just before it commits (identity equality: its set grows). */
	private static final class PendingCells implements TransactionSynchronization {

		private final ProjectTally tally;
		private final Set<Cell> cells;

		PendingCells(ProjectTally tally, Set<Cell> cells) {
			this.tally = tally;
			this.cells = cells;
		}

		ProjectTally tally() {
			return tally;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			tally.refresh(cells);
		}
	}

	/**
	 * Recomputes now the cells (mandate and unit) of these writes, from what this transaction sees once
	 * it holds their locks.
	 */
	void refresh(Collection<Cell> cells) {
		if (cells.isEmpty()) {
			return;
		}
		Map<Long, Program> written = programs.byIds(cells.stream().map(Cell::programId).distinct().toList());
		Set<List<String>> targets = new TreeSet<>(Comparator.comparing((List<String> t) -> t.get(0))
			.thenComparing(t -> t.get(1)));
		cells.forEach(c -> targets.add(List.of(written.get(c.programId()).mandateCode(), c.territoryPath())));
		String[] mandates = targets.stream().map(t -> t.get(0)).toArray(String[]::new);
		String[] paths = targets.stream().map(t -> t.get(1)).toArray(String[]::new);
		// Locks in one order whatever the writer touched first: two refreshing transactions never deadlock.
		jdbc.sql("""
				select count(*) from (
				  select pg_advisory_xact_lock(k) from (
				    select distinct hashtextextended(c.mandate_code || ' ' || c.territory_path, 0) as k
				    from unnest(cast(:mandates as text[]), cast(:paths as text[])) as c (mandate_code, territory_path)) cells
				  order by k) locks
				""").param("mandates", mandates).param("paths", paths).query(Long.class).single();
		// The programs with projects in these units, whatever their mandate: the condition keeps the cells'.
		List<Long> present = jdbc.sql("""
				select distinct program_id from project where territory_path = any(cast(:paths as text[]) collate "C")
				""").param("paths", paths).query(Long.class).list();
		Map<Long, Program> mandateOf = programs.byIds(present);
		jdbc.sql("delete from project_tally p where " + CELLS.formatted("p.mandate_code"))
			.param("mandates", mandates).param("paths", paths)
			.update();
		jdbc.sql(INSERT.formatted(MANDATES_OF_PROGRAMS, CELLS.formatted("g.mandate_code")))
			.param("programIds", mandateOf.keySet().toArray(Long[]::new))
			.param("programMandates", mandateOf.values().stream().map(Program::mandateCode).toArray(String[]::new))
			.param("mandates", mandates).param("paths", paths)
			.update();
	}
}
