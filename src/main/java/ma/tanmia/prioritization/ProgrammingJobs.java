package ma.tanmia.prioritization;

import java.util.Map;

import ma.tanmia.prioritization.ProgrammingJob.Progress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Solves programming scenarios in the background, one at a time (the solver uses the machine's
 * cores; two solves at once would each be slower). The job table holds each run's status and
 * result; the progress of a running solve (best value, bound, schedules found) is kept in memory and
 * read by the page that polls. Cancelling stops the search and keeps the best schedule found.
 */
@Component
class ProgrammingJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ProgrammingJobs.class);

	private static final class Running implements CpSatProgramming.Listener {

		volatile boolean cancelled;
		volatile Progress progress = new Progress(0, 0, 0, 0);
		volatile ProgrammingRun solver;

		@Override
		public void improved(long objective, double bound, int solutions, double seconds) {
			progress = new Progress(objective, bound, solutions, seconds);
		}

		@Override
		public boolean cancelled() {
			return cancelled;
		}
	}

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "programming-solver");
		thread.setDaemon(true);
		return thread;
	});
	private final Map<Long, Running> running = new ConcurrentHashMap<>();
	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final int workers;

	ProgrammingJobs(JdbcClient jdbc, JsonMapper json,
			@org.springframework.beans.factory.annotation.Value("${tanmia.programming.workers:2}") int workers) {
		this.jdbc = jdbc;
		this.json = json;
		this.workers = workers;
	}

	/** Runs left unfinished by a stop of the application did not finish: say so. */
	@EventListener(ApplicationReadyEvent.class)
	void failInterrupted() {
		jdbc.sql("""
				update programming_job set status = 'FAILED', error = 'interrupted', finished_at = now()
				where status in ('QUEUED', 'RUNNING')
				""").update();
	}

	void submit(long jobId, ProgrammingProblem problem, int timeLimitSeconds) {
		Running run = new Running();
		running.put(jobId, run);
		executor.submit(() -> solve(jobId, problem, timeLimitSeconds, run));
	}

	/** Solves in the calling thread (demonstration data, loaded before anyone looks). */
	void solveNow(long jobId, ProgrammingProblem problem, int timeLimitSeconds) {
		Running run = new Running();
		running.put(jobId, run);
		solve(jobId, problem, timeLimitSeconds, run);
	}

	private void solve(long jobId, ProgrammingProblem problem, int timeLimitSeconds, Running run) {
		try {
			if (run.cancelled) {
				return;
			}
			jdbc.sql("update programming_job set status = 'RUNNING', started_at = now() where id = :id and status = 'QUEUED'")
				.param("id", jobId).update();
			ProgrammingRun solving = new ProgrammingRun(problem, run);
			run.solver = solving;
			if (run.cancelled) {
				solving.stop();
			}
			ProgrammingRun.Result result = solving.solve(timeLimitSeconds, workers, 0);
			CpSatProgramming.Solved solved = result.solved();
			ProgrammingOutcome outcome = ProgrammingOutcome.of(problem, solved, result.greedy());
			jdbc.sql("""
					update programming_job set status = :status, finished_at = now(), objective = :objective, bound = :bound,
					    gap = :gap, greedy_ratio = :ratio, outcome = cast(:outcome as jsonb)
					where id = :id
					""")
				.param("status", run.cancelled ? "CANCELLED" : "DONE").param("objective", solved.objective())
				.param("bound", solved.bound()).param("gap", solved.gap()).param("ratio", outcome.greedyRatio())
				.param("outcome", json.writeValueAsString(outcome)).param("id", jobId).update();
		}
		catch (RuntimeException | Error failure) {
			log.warn("Programming job {} failed", jobId, failure);
			jdbc.sql("update programming_job set status = 'FAILED', finished_at = now(), error = :e where id = :id")
				.param("e", String.valueOf(failure.getMessage()).substring(0, Math.min(400, String.valueOf(failure.getMessage()).length())))
				.param("id", jobId).update();
		}
		finally {
			running.remove(jobId);
		}
	}

	/** The progress of a solve under way, or null when it is not running here. */
	Progress progress(long jobId) {
		Running run = running.get(jobId);
		return run == null ? null : run.progress;
	}

	/** Asks a queued or running solve to stop; a queued one is cancelled at once. */
	void cancel(long jobId) {
		Running run = running.get(jobId);
		if (run != null) {
			run.cancelled = true;
			ProgrammingRun solver = run.solver;
			if (solver != null) {
				solver.stop();
			}
		}
		jdbc.sql("update programming_job set status = 'CANCELLED', finished_at = now() where id = :id and status = 'QUEUED'")
			.param("id", jobId).update();
	}

	@Override
	public void destroy() {
		running.values().forEach(r -> {
			r.cancelled = true;
			if (r.solver != null) {
				r.solver.stop();
			}
		});
		executor.shutdownNow();
	}
}
