package ma.tanmia.prioritization;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON: run a scenario of a program (an existing one by id, or a new one described in the body) and
 * follow the job. The run returns at once (202) with the job to poll.
 */
@RestController
class ProgrammingApi {

	private final Programming programming;

	ProgrammingApi(Programming programming) {
		this.programming = programming;
	}

	/** Either {@code {"scenarioId": 12}} or a scenario: name, firstYear, years, caps, precedences, weights, rules. */
	record RunRequest(Long scenarioId, String name, Integer firstYear, Integer years,
			Map<String, java.util.List<java.math.BigDecimal>> caps, java.util.List<java.util.List<String>> precedences,
			Map<String, java.math.BigDecimal> weights, Integer ruralMinPercent, Integer provinceMinPercent,
			Integer maxStartsPerYear, Integer timeLimitSeconds) {
	}

	@PostMapping("/api/v1/programs/{id}/programming")
	ResponseEntity<Map<String, Object>> run(@PathVariable long id, @RequestBody RunRequest request) {
		long scenarioId;
		if (request.scenarioId() != null) {
			Scenario scenario = programming.scenario(request.scenarioId())
				.orElseThrow(() -> new PrioritizationRefused("programming.scenario.unknown"));
			if (scenario.programId() != id) {
				throw new PrioritizationRefused("programming.scenario.unknown");
			}
			scenarioId = scenario.id();
		}
		else {
			scenarioId = programming.save(id, new Scenario.Draft(request.name() == null ? "" : request.name(),
					request.firstYear() == null ? 0 : request.firstYear(), request.years() == null ? 6 : request.years(),
					request.caps(), request.precedences(), request.weights(),
					request.ruralMinPercent() == null ? 0 : request.ruralMinPercent(),
					request.provinceMinPercent() == null ? 0 : request.provinceMinPercent(),
					request.maxStartsPerYear() == null ? 0 : request.maxStartsPerYear(),
					request.timeLimitSeconds() == null ? 30 : request.timeLimitSeconds())).id();
		}
		long jobId = programming.run(scenarioId);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("jobId", jobId);
		body.put("scenarioId", scenarioId);
		body.put("status", "QUEUED");
		body.put("href", "/api/v1/programming-jobs/" + jobId);
		return ResponseEntity.status(HttpStatus.ACCEPTED).header("Location", "/api/v1/programming-jobs/" + jobId).body(body);
	}

	@GetMapping("/api/v1/programming-jobs/{id}")
	ResponseEntity<Map<String, Object>> job(@PathVariable long id) {
		return programming.job(id).map(job -> ResponseEntity.ok(json(job))).orElse(ResponseEntity.notFound().build());
	}

	@PostMapping("/api/v1/programming-jobs/{id}/cancel")
	ResponseEntity<Map<String, Object>> cancel(@PathVariable long id) {
		programming.cancel(id);
		return job(id);
	}

	static Map<String, Object> json(ProgrammingJob job) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", job.id());
		body.put("scenarioId", job.scenarioId());
		body.put("programId", job.programId());
		body.put("status", job.status());
		body.put("requestedBy", job.requestedBy());
		body.put("requestedAt", job.requestedAt());
		body.put("startedAt", job.startedAt());
		body.put("finishedAt", job.finishedAt());
		if (job.progress() != null) {
			body.put("progress", job.progress());
		}
		ProgrammingOutcome o = job.outcome();
		if (o != null) {
			body.put("solverStatus", o.status());
			body.put("objective", o.objective());
			body.put("bound", o.bound());
			body.put("gap", o.gap());
			body.put("seconds", o.seconds());
			body.put("greedyObjective", o.greedyObjective());
			body.put("greedyRatio", o.greedyRatio());
			body.put("greedyBreaks", o.greedyBreaks());
			body.put("programmedCost", o.programmedCost());
			body.put("ruralShare", o.ruralShare());
			body.put("schedule", o.schedule());
			body.put("caps", o.caps());
			body.put("startsPerYear", o.startsPerYear());
			body.put("notChosen", o.refusals());
		}
		if (job.error() != null) {
			body.put("error", job.error());
		}
		return body;
	}

	@ExceptionHandler(PrioritizationRefused.class)
	ResponseEntity<Map<String, Object>> refused(PrioritizationRefused refused) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", refused.messageKey);
		body.put("arguments", refused.arguments);
		return ResponseEntity.badRequest().body(body);
	}
}
