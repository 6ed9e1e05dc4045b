package ma.tanmia.consultation;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import ma.tanmia.program.ProgramPhase;
import org.springframework.format.annotation.DateTimeFormat;

/** The meeting form as the browser posts it (agenda: one item per line). */
public class MeetingForm {

	private MeetingKind kind = MeetingKind.INFORMATION_CONSULTATION;
	private String titleAr;
	private String titleFr;
	private Long programId;
	private ProgramPhase phase;
	private String organizerOrgCode;
	private String chair;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime startsAt;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime endsAt;
	private String territoryCode;
	private String venue;
	private String agenda;
	private long version;

	MeetingDraft draft() {
		List<String> items = agenda == null ? List.of() : Arrays.stream(agenda.split("\\R")).toList();
		return new MeetingDraft(kind, titleAr, titleFr, programId, phase, organizerOrgCode, chair, startsAt, endsAt,
				territoryCode, venue, items, false);
	}

	static MeetingForm of(Meeting m, List<String> agenda) {
		MeetingForm form = new MeetingForm();
		form.kind = m.kind();
		form.titleAr = m.title().ar();
		form.titleFr = m.title().fr();
		form.programId = m.programId();
		form.phase = m.phase();
		form.organizerOrgCode = m.organizerOrgCode();
		form.chair = m.chair();
		form.startsAt = m.localStart().toLocalDateTime();
		form.endsAt = m.endsAt() == null ? null : m.localEnd().toLocalDateTime();
		form.territoryCode = m.territoryCode();
		form.venue = m.venue();
		form.agenda = String.join("\n", agenda);
		form.version = m.version();
		return form;
	}

	public MeetingKind getKind() { return kind; }
	public void setKind(MeetingKind v) { kind = v; }
	public String getTitleAr() { return titleAr; }
	public void setTitleAr(String v) { titleAr = v; }
	public String getTitleFr() { return titleFr; }
	public void setTitleFr(String v) { titleFr = v; }
	public Long getProgramId() { return programId; }
	public void setProgramId(Long v) { programId = v; }
	public ProgramPhase getPhase() { return phase; }
	public void setPhase(ProgramPhase v) { phase = v; }
	public String getOrganizerOrgCode() { return organizerOrgCode; }
	public void setOrganizerOrgCode(String v) { organizerOrgCode = v; }
	public String getChair() { return chair; }
	public void setChair(String v) { chair = v; }
	public LocalDateTime getStartsAt() { return startsAt; }
	public void setStartsAt(LocalDateTime v) { startsAt = v; }
	public LocalDateTime getEndsAt() { return endsAt; }
	public void setEndsAt(LocalDateTime v) { endsAt = v; }
	public String getTerritoryCode() { return territoryCode; }
	public void setTerritoryCode(String v) { territoryCode = v; }
	public String getVenue() { return venue; }
	public void setVenue(String v) { venue = v; }
	public String getAgenda() { return agenda; }
	public void setAgenda(String v) { agenda = v; }
	public long getVersion() { return version; }
	public void setVersion(long v) { version = v; }
}
