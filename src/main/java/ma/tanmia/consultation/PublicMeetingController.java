package ma.tanmia.consultation;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import ma.tanmia.organization.Organizations;
import ma.tanmia.program.Programs;
import ma.tanmia.territory.Territories;
import ma.tanmia.territory.Territory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What anyone may read of meetings, without an account: list, month calendar, meeting page, iCal. */
@Controller
@RequestMapping("/public/meetings")
class PublicMeetingController {

	static final int PAGE_SIZE = 30;

	private final Meetings meetings;
	private final Territories territories;
	private final Organizations organizations;
	private final Programs programs;
	private final Comments comments;
	private final JdbcClient jdbc;
	private final TerritoryScope scope;
	private final Priorities priorities;
	private final Petitions petitions;

	PublicMeetingController(Meetings meetings, Territories territories, Organizations organizations, Programs programs,
			Comments comments, JdbcClient jdbc, TerritoryScope scope, Priorities priorities, Petitions petitions) {
		this.scope = scope;
		this.priorities = priorities;
		this.petitions = petitions;
		this.meetings = meetings;
		this.territories = territories;
		this.organizations = organizations;
		this.programs = programs;
		this.comments = comments;
		this.jdbc = jdbc;
	}

	@GetMapping
	String list(@RequestParam(required = false) String territory, @RequestParam(defaultValue = "0") int page, Model model) {
		var rows = meetings.page(pathOf(territory), page, PAGE_SIZE);
		model.addAttribute("meetings", rows);
		addTerritories(model, territory, rows.getContent());
		return "consultation/meetings";
	}

	@GetMapping("/calendar")
	String calendar(@RequestParam(required = false) String territory, @RequestParam(required = false) YearMonth month,
			Model model) {
		YearMonth shown = month == null ? YearMonth.now(Meeting.ZONE) : month;
		List<Meeting> inMonth = meetings.inMonth(pathOf(territory), shown);
		Map<LocalDate, List<Meeting>> byDay = inMonth.stream()
			.collect(Collectors.groupingBy(m -> m.localStart().toLocalDate(), LinkedHashMap::new, Collectors.toList()));
		model.addAttribute("month", shown);
		model.addAttribute("weeks", weeks(shown));
		model.addAttribute("byDay", byDay);
		model.addAttribute("monthStart", shown.atDay(1));
		addTerritories(model, territory, inMonth);
		return "consultation/calendar";
	}

	/** The days of a month laid out in weeks starting on Monday; days of other months are null. */
	static List<List<LocalDate>> weeks(YearMonth month) {
		List<List<LocalDate>> weeks = new ArrayList<>();
		List<LocalDate> week = new ArrayList<>();
		for (int i = 1; i < month.atDay(1).getDayOfWeek().getValue(); i++) {
			week.add(null);
		}
		for (int day = 1; day <= month.lengthOfMonth(); day++) {
			week.add(month.atDay(day));
			if (month.atDay(day).getDayOfWeek() == DayOfWeek.SUNDAY) {
				weeks.add(week);
				week = new ArrayList<>();
			}
		}
		if (!week.isEmpty()) {
			while (week.size() < 7) {
				week.add(null);
			}
			weeks.add(week);
		}
		return weeks;
	}

	@GetMapping("/{id}")
	String meeting(@PathVariable long id, Model model) {
		Meeting meeting = meetings.find(id).orElseThrow(() -> new ConsultationNotFound("meeting " + id));
		List<Participation> participation = meetings.participation(id);
		List<Recommendation> recommendations = meetings.recommendations(id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("agenda", meetings.agenda(id));
		model.addAttribute("participation", participation);
		model.addAttribute("totals", Participation.totals(participation));
		model.addAttribute("attendance", meetings.attendance(id));
		model.addAttribute("recommendations", recommendations);
		model.addAttribute("attachments", meetings.attachments(id));
		model.addAttribute("territory", territories.find(meeting.territoryCode()).orElse(null));
		model.addAttribute("organizer", organizations.findByCode(meeting.organizerOrgCode()).orElse(null));
		model.addAttribute("program", meeting.programId() == null ? null : programs.find(meeting.programId()).orElse(null));
		boolean mayOrganize = Meetings.mayOrganize(meeting.territoryPath());
		model.addAttribute("mayOrganize", mayOrganize);
		model.addAttribute("recommendationPriorities", priorities.named(
				recommendations.stream().map(Recommendation::priorityProgramId).filter(java.util.Objects::nonNull).toList(),
				recommendations.stream().map(Recommendation::priorityNodeId).filter(java.util.Objects::nonNull).toList()));
		model.addAttribute("priorityChoices", mayOrganize && !recommendations.isEmpty()
				? priorities.choicesFor(meeting.territoryPath()) : List.of());
		model.addAttribute("petitionsOnAgenda", meeting.kind() == MeetingKind.COUNCIL_SESSION ? petitions.onAgendaOf(id) : List.of());
		model.addAttribute("categories", ParticipantCategory.values());
		model.addAttribute("recommendationStatuses", RecommendationStatus.values());
		model.addAttribute("byCategory", participation.stream().collect(Collectors.toMap(p -> p.category(), p -> p)));
		model.addAttribute("comments", comments.on(Comments.Subject.MEETING, String.valueOf(id)));
		model.addAttribute("commentSubject", "MEETING");
		model.addAttribute("commentKey", String.valueOf(id));
		return "consultation/meeting";
	}

	@GetMapping(value = "/{id}.ics")
	ResponseEntity<String> ical(@PathVariable long id, HttpServletRequest request) {
		Meeting meeting = meetings.find(id).orElseThrow(() -> new ConsultationNotFound("meeting " + id));
		return calendarFile("meeting-" + id + ".ics", List.of(meeting), request);
	}

	/** The coming and past meetings of a territory (the latest 200), for a calendar subscription. */
	@GetMapping(value = "/calendar.ics")
	ResponseEntity<String> icalOfTerritory(@RequestParam(required = false) String territory, HttpServletRequest request) {
		return calendarFile("meetings.ics", meetings.page(pathOf(territory), 0, 200).getContent(), request);
	}

	@GetMapping("/{id}/attachments/{attachment}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachment) {
		return meetings.attachment(id, attachment)
			.map(c -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(c.contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(c.fileName(), StandardCharsets.UTF_8).build().toString())
				.header("X-Content-Type-Options", "nosniff")
				.body(c.bytes()))
			.orElseThrow(() -> new ConsultationNotFound("attachment " + attachment));
	}

	private ResponseEntity<String> calendarFile(String name, List<Meeting> list, HttpServletRequest request) {
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		String body = ICalendar.of(list, request.getServerName(), base, OffsetDateTime.now());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	private String pathOf(String territory) {
		return scope.pathOf(territory);
	}

	/** The territory filter offers the units that hold meetings, plus the one chosen. */
	private void addTerritories(Model model, String territory, List<Meeting> shown) {
		Set<String> codes = new HashSet<>(jdbc.sql("select distinct territory_code from meeting").query(String.class).list());
		if (territory != null && !territory.isBlank()) {
			codes.add(territory.strip());
		}
		shown.forEach(m -> codes.add(m.territoryCode()));
		List<Territory> units = territories.findAll(codes).stream()
			.sorted(java.util.Comparator.comparing(Territory::path)).toList();
		model.addAttribute("territoryChoices", units);
		model.addAttribute("territoryNames", units.stream().collect(Collectors.toMap(Territory::code, Territory::name)));
		model.addAttribute("territory", territory == null || territory.isBlank() ? null : territory.strip());
	}
}
