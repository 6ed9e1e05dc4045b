package ma.tanmia.project;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ma.tanmia.platform.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of the bulk-update workbook in every language of the interface: a template downloaded
 * in Arabic may come back from a colleague who reads French, so headers, statuses and yes/no are
 * recognised in any of them (and statuses also by their code, e.g. IN_PROGRESS), whatever the
 * accents, hamza or case typed.
 */
@Component
class BulkVocabulary {

	/** The hidden sheet holding the validation lists; ASCII so formulas need no quoting. */
	static final String LISTS_SHEET = "lists";

	private final MessageSource messages;
	private final Map<String, BulkColumn> columns = new HashMap<>();
	private final Map<String, ProjectStatus> statuses = new HashMap<>();
	private final Map<String, Boolean> answers = new HashMap<>();
	private final Set<String> dataSheets = new HashSet<>();

	BulkVocabulary(MessageSource messages) {
		this.messages = messages;
		for (Locale language : Languages.SUPPORTED) {
			for (BulkColumn column : BulkColumn.values()) {
				columns.put(ArabicText.fold(header(column, language)), column);
			}
			for (ProjectStatus status : ProjectStatus.values()) {
				statuses.put(ArabicText.fold(status(status, language)), status);
			}
			answers.put(ArabicText.fold(yesNo(true, language)), true);
			answers.put(ArabicText.fold(yesNo(false, language)), false);
			dataSheets.add(sheetName(language));
		}
		for (ProjectStatus status : ProjectStatus.values()) {
			statuses.put(ArabicText.fold(status.name()), status);
			statuses.put(ArabicText.fold(status.name().replace('_', ' ')), status);
		}
		for (String yes : new String[] { "true", "vrai", "1", "x" }) {
			answers.put(yes, true);
		}
		for (String no : new String[] { "false", "faux", "0" }) {
			answers.put(no, false);
		}
	}

	String message(String key, Locale language) {
		return messages.getMessage(key, null, key, language);
	}

	String header(BulkColumn column, Locale language) {
		return message(column.messageKey, language);
	}

	String status(ProjectStatus status, Locale language) {
		return message("project.status." + status.name(), language);
	}

	String yesNo(boolean value, Locale language) {
		return message(value ? "xlsx.yes" : "xlsx.no", language);
	}

	String sheetName(Locale language) {
		return message("bulk.sheet.projects", language);
	}

	Optional<BulkColumn> column(String header) {
		return Optional.ofNullable(columns.get(ArabicText.fold(header)));
	}

	Optional<ProjectStatus> status(String label) {
		return Optional.ofNullable(statuses.get(ArabicText.fold(label)));
	}

	Optional<Boolean> answer(String text) {
		return Optional.ofNullable(answers.get(ArabicText.fold(text)));
	}

	boolean isDataSheet(String name) {
		return dataSheets.contains(name);
	}
}
