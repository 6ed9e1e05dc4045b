package ma.tanmia.ess;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ma.tanmia.audit.EntityChanged;
import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Documents attached to an application (business plan, statutes, agreement, visit report): by its
 * cooperative's manager, an officer or a committee member of its territory; images, PDF and office
 * files, 10 MB at most.
 */
@Service
class ApplicationDocuments {

	static final int MAX_BYTES = 10 * 1024 * 1024;
	static final Set<String> ACCEPTED = Set.of("image/jpeg", "image/png", "application/pdf",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	record Document(long id, String fileName, String contentType, int sizeBytes, String uploadedBy,
			OffsetDateTime uploadedAt) {
	}

	record Content(String fileName, String contentType, byte[] bytes) {
	}

	private final JdbcClient jdbc;
	private final Financing financing;
	private final EssAccess access;
	private final ApplicationEventPublisher events;

	ApplicationDocuments(JdbcClient jdbc, Financing financing, EssAccess access, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.financing = financing;
		this.access = access;
		this.events = events;
	}

	@Transactional
	void attach(String reference, MultipartFile file) throws IOException {
		FinancingApplication application = financing.visible(reference);
		boolean allowed = access.mayEdit(application.cooperativeId(), application.territoryPath())
				|| Authorizations.current().canActOn(application.territoryPath(), Role.COMMITTEE_MEMBER);
		if (!allowed) {
			throw new AccessDeniedException("May not attach documents to " + reference);
		}
		if (file.isEmpty()) {
			throw new EssRuleBroken("ess.document.empty");
		}
		if (file.getSize() > MAX_BYTES) {
			throw new EssRuleBroken("ess.document.tooLarge");
		}
		String type = file.getContentType() == null ? "" : file.getContentType().toLowerCase(java.util.Locale.ROOT);
		if (!ACCEPTED.contains(type)) {
			throw new EssRuleBroken("ess.document.type");
		}
		String original = file.getOriginalFilename() == null ? "document" : file.getOriginalFilename();
		String name = original.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		name = name.isEmpty() ? "document" : name.length() > 200 ? name.substring(name.length() - 200) : name;
		long id = jdbc.sql("""
				insert into ess_application_document (application_id, file_name, content_type, size_bytes, content, uploaded_by)
				values (:a, :name, :type, :size, :content, :by) returning id
				""").param("a", application.id()).param("name", name).param("type", type)
			.param("size", (int) file.getSize()).param("content", file.getBytes()).param("by", EssAccess.username())
			.query(Long.class).single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("application", reference);
		after.put("file_name", name);
		after.put("content_type", type);
		after.put("size_bytes", file.getSize());
		events.publishEvent(EntityChanged.created("ApplicationDocument", reference + "#" + id, name, after));
	}

	@Transactional(readOnly = true)
	List<Document> of(long applicationId) {
		return jdbc.sql("""
				select id, file_name, content_type, size_bytes, uploaded_by, uploaded_at
				from ess_application_document where application_id = :a order by uploaded_at desc, id desc
				""").param("a", applicationId)
			.query((rs, n) -> new Document(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
					rs.getObject(6, OffsetDateTime.class)))
			.list();
	}

	@Transactional(readOnly = true)
	Optional<Content> content(String reference, long id) {
		FinancingApplication application = financing.visible(reference);
		return jdbc.sql("select file_name, content_type, content from ess_application_document where id = :id and application_id = :a")
			.param("id", id).param("a", application.id())
			.query((rs, n) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}
}
