package ma.tanmia.project;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ma.tanmia.audit.EntityChanged;
import ma.tanmia.shared.Authorizations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Documents and photos of projects: kinds a planner sends (images, PDF, office files), 10 MB at most. */
@Service
class ProjectDocuments {

	static final int MAX_BYTES = 10 * 1024 * 1024;
	static final Set<String> ACCEPTED = Set.of("image/jpeg", "image/png", "image/webp", "application/pdf",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/msword",
			"application/vnd.ms-excel");

	record Document(long id, Long progressId, String fileName, String contentType, int sizeBytes, String uploadedBy,
			OffsetDateTime uploadedAt) {

		public boolean image() {
			return contentType.startsWith("image/");
		}
	}

	record Content(String fileName, String contentType, byte[] bytes) {
	}

	private final JdbcClient jdbc;
	private final ProjectEditing editing;
	private final ProjectRepository projects;
	private final ApplicationEventPublisher events;

	ProjectDocuments(JdbcClient jdbc, ProjectEditing editing, ProjectRepository projects,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.editing = editing;
		this.projects = projects;
		this.events = events;
	}

	@Transactional
	void attach(String code, Long progressId, MultipartFile file, String by) throws IOException {
		Project project = editing.updatable(code);
		if (file.isEmpty()) {
			throw new ProjectRuleBroken("project.document.empty");
		}
		if (file.getSize() > MAX_BYTES) {
			throw new ProjectRuleBroken("project.document.tooLarge");
		}
		String type = file.getContentType() == null ? "" : file.getContentType().toLowerCase(java.util.Locale.ROOT);
		if (!ACCEPTED.contains(type)) {
			throw new ProjectRuleBroken("project.document.type");
		}
		String name = safeName(file.getOriginalFilename());
		long id = jdbc.sql("""
				insert into project_document (project_id, progress_id, file_name, content_type, size_bytes, content, uploaded_by)
				values (:project, :progress, :name, :type, :size, :content, :by) returning id
				""")
			.param("project", project.id()).param("progress", progressId).param("name", name).param("type", type)
			.param("size", (int) file.getSize()).param("content", file.getBytes()).param("by", by)
			.query(Long.class).single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("project", code);
		after.put("file_name", name);
		after.put("content_type", type);
		after.put("size_bytes", file.getSize());
		events.publishEvent(EntityChanged.created("ProjectDocument", code + "#" + id, name, after));
	}

	@Transactional(readOnly = true)
	List<Document> of(long projectId) {
		return jdbc.sql("""
				select id, progress_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at
				from project_document where project_id = :id order by uploaded_at desc, id desc
				""").param("id", projectId)
			.query((rs, n) -> new Document(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class)))
			.list();
	}

	/** A document's bytes, for a reader who may see its project. */
	@Transactional(readOnly = true)
	Optional<Content> content(String code, long id) {
		Project project = projects.findByCode(code).orElseThrow(() -> new ProjectNotFound(code));
		if (!Authorizations.current().sees(project.territoryPath())) {
			throw new AccessDeniedException("Project outside the reader's scopes");
		}
		return jdbc.sql("select file_name, content_type, content from project_document where id = :id and project_id = :p")
			.param("id", id).param("p", project.id())
			.query((rs, n) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	/** The last progress report of a project, to attach a photo sent with it. */
	Long lastProgress(String code) {
		return jdbc.sql("""
				select p.id from project_progress p join project j on j.id = p.project_id
				where j.code = :code order by p.id desc limit 1
				""").param("code", code).query(Long.class).optional().orElse(null);
	}

	private static String safeName(String original) {
		String name = original == null ? "document" : original.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		return name.isEmpty() ? "document" : name.length() > 200 ? name.substring(name.length() - 200) : name;
	}
}
