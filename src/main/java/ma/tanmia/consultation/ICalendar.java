package ma.tanmia.consultation;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Meetings as an RFC 5545 calendar, written by hand: CRLF line ends, text escaped (backslash,
 * semicolon, comma, new lines), lines folded at 75 octets without splitting a UTF-8 character, times
 * in UTC so every calendar shows the Moroccan time correctly.
 */
final class ICalendar {

	static final String CRLF = "\r\n";
	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	private ICalendar() {
	}

	/** {@code baseUrl} is the public address of the site, for each meeting's link and unique id. */
	static String of(List<Meeting> meetings, String host, String baseUrl, OffsetDateTime now) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Tanmia//Consultation//AR");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		for (Meeting m : meetings) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:meeting-" + m.id() + "@" + host);
			line(out, "DTSTAMP:" + utc(now));
			line(out, "DTSTART:" + utc(m.startsAt()));
			line(out, "DTEND:" + utc(m.endsAt() != null ? m.endsAt() : m.startsAt().plusHours(2)));
			line(out, "SUMMARY:" + escape(m.title().ar() + " — " + m.title().fr()));
			if (m.venue() != null) {
				line(out, "LOCATION:" + escape(m.venue()));
			}
			line(out, "URL:" + baseUrl + "/public/meetings/" + m.id());
			line(out, "SEQUENCE:" + m.version());
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	static String utc(OffsetDateTime time) {
		return time.withOffsetSameInstant(ZoneOffset.UTC).format(UTC);
	}

	/** TEXT values (RFC 5545 §3.3.11). */
	static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
			.replace("\n", "\\n").replace("\r", "\\n");
	}

	/** Content lines longer than 75 octets are folded: CRLF then a space (§3.1). */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append(CRLF).append(' ');
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append(CRLF);
	}
}
