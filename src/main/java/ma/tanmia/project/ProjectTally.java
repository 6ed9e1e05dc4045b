package ma.tanmia.project;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps {@code project_tally} live: the evaluation's figures per cell (the projects of one program
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

	/** The projects of one program located in one unit: what every evaluation condition keeps or drops whole. */
	record Cell(long programId, String territoryPath) {
	}

	/**
	 * Inserts the tally rows of the projects selected by {@code %s} (a condition over {@code project p}):
	 * the same definitions as docs/EVALUATION.md. Also the backfill of migration V61 and of the bench.
	 */
	static final String INSERT = """
			with p as (
			  select p.id, p.program_id, p.territory_path, p.territory_code, p.status, p.sector_code, p.competence,
			         p.node_id, p.cost, p.committed, p.paid, p.cost * p.physical_progress / 100 as executed,
			         case when p.status <> 'COMPLETED' then p.cost * (100 - p.physical_progress) / 100 else 0 end as unexecuted
			  from project p
			  where %s
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
			  select p.program_id, p.territory_path, p.territory_code, pc.project_id, pc.family_code, pc.cause_code,
			         p.unexecuted * (1.0 / f.n / cf.n) as amount
			  from pc join p on p.id = pc.project_id
			  join families f on f.project_id = pc.project_id
			  join causes_in_family cf on cf.project_id = pc.project_id and cf.family_code = pc.family_code
			), planned as (
			  select p.program_id, p.territory_path, p.territory_code, f.source_code, sum(f.amount) as amount
			  from project_funding f join p on p.id = f.project_id
			  group by 1, 2, 3, 4
			), moved as (
			  select p.program_id, p.territory_path, p.territory_code, e.source_code,
			         coalesce(sum(e.amount) filter (where e.kind = 'COMMITMENT'), 0) as committed,
			         coalesce(sum(e.amount) filter (where e.kind = 'PAYMENT'), 0) as paid
			  from project_financial_event e join p on p.id = e.project_id
			  group by 1, 2, 3, 4
			)
			insert into project_tally (program_id, territory_path, territory_code, breakdown, key, family, projects, cost,
			                           completed, executed, committed, paid, unexecuted)
			select program_id, territory_path, territory_code,
			       case when grouping(status) = 0 then 'STATUS' when grouping(sector_code) = 0 then 'SECTOR'
			            when grouping(competence) = 0 then 'COMPETENCE' when grouping(node_id) = 0 then 'NODE' else 'UNIT' end,
			       case when grouping(status) = 0 then status when grouping(sector_code) = 0 then sector_code
			            when grouping(competence) = 0 then competence when grouping(node_id) = 0 then coalesce(node_id::text, '')
			            else '' end,
			       null, count(*), sum(cost), count(*) filter (where status = 'COMPLETED'), sum(executed), sum(committed),
			       sum(paid), sum(unexecuted)
			from p
			group by grouping sets ((program_id, territory_path, territory_code),
			                        (program_id, territory_path, territory_code, status),
			                        (program_id, territory_path, territory_code, sector_code),
			                        (program_id, territory_path, territory_code, competence),
			                        (program_id, territory_path, territory_code, node_id))
			union all
			select program_id, territory_path, territory_code, 'FAMILY', family_code, family_code, count(distinct project_id),
			       null, null, null, null, null, sum(amount)
			from weighted group by program_id, territory_path, territory_code, family_code
			union all
			select program_id, territory_path, territory_code, 'CAUSE', cause_code, min(family_code), count(*),
			       null, null, null, null, null, sum(amount)
			from weighted group by program_id, territory_path, territory_code, cause_code
			union all
			select program_id, territory_path, territory_code, 'NO_CAUSE', '', null, count(*),
			       null, null, null, null, null, sum(unexecuted)
			from p
			where status <> 'COMPLETED' and not exists (select 1 from project_blocking b where b.project_id = p.id)
			group by program_id, territory_path, territory_code
			union all
			select coalesce(planned.program_id, moved.program_id), coalesce(planned.territory_path, moved.territory_path),
			       coalesce(planned.territory_code, moved.territory_code), 'SOURCE',
			       coalesce(planned.source_code, moved.source_code), null, null, coalesce(planned.amount, 0), null, null,
			       coalesce(moved.committed, 0), coalesce(moved.paid, 0), null
			from planned full join moved on moved.program_id = planned.program_id
			     and moved.territory_path = planned.territory_path and moved.source_code = planned.source_code
			""";

	/** Every cell from scratch: the backfill (migration V61, the bench's synthetic data). */
	static final String REBUILD = "delete from project_tally;\n" + INSERT.formatted("true");

	private static final String CELLS = """
			p.territory_path = any(cast(:paths as text[]) collate "C")
			and (p.program_id, p.territory_path) in (
			  select c.program_id, c.territory_path collate "C"
			  from unnest(cast(:programs as bigint[]), cast(:paths as text[])) as c (program_id, territory_path))
			""";

	private final JdbcClient jdbc;

	ProjectTally(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
		@SuppressWarnings("unchecked")
		Set<Cell> pending = (Set<Cell>) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			Set<Cell> cellsOfTransaction = new LinkedHashSet<>();
			TransactionSynchronizationManager.bindResource(this, cellsOfTransaction);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					refresh(cellsOfTransaction);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ProjectTally.this);
				}
			});
			pending = cellsOfTransaction;
		}
		pending.addAll(cells);
	}

	/**
	 * Recomputes now the cells this transaction touched, so a reader in the same transaction as the
	 * writes (a loader that evaluates what it just wrote) sees them.
	 */
	void flush() {
		@SuppressWarnings("unchecked")
		Set<Cell> pending = TransactionSynchronizationManager.isSynchronizationActive()
				? (Set<Cell>) TransactionSynchronizationManager.getResource(this) : null;
		if (pending != null && !pending.isEmpty()) {
			refresh(pending);
			pending.clear();
		}
	}

	/** Recomputes these cells now, from what this transaction sees once it holds their locks. */
	void refresh(Collection<Cell> cells) {
		if (cells.isEmpty()) {
			return;
		}
		Long[] programs = cells.stream().map(Cell::programId).toArray(Long[]::new);
		String[] paths = cells.stream().map(Cell::territoryPath).toArray(String[]::new);
		// Locks in one order whatever the writer touched first: two refreshing transactions never deadlock.
		jdbc.sql("""
				select count(*) from (
				  select pg_advisory_xact_lock(k) from (
				    select distinct hashtextextended(c.program_id || ' ' || c.territory_path, 0) as k
				    from unnest(cast(:programs as bigint[]), cast(:paths as text[])) as c (program_id, territory_path)) cells
				  order by k) locks
				""").param("programs", programs).param("paths", paths).query(Long.class).single();
		jdbc.sql("delete from project_tally p where " + CELLS).param("programs", programs).param("paths", paths).update();
		jdbc.sql(INSERT.formatted(CELLS)).param("programs", programs).param("paths", paths).update();
	}
}
