package ma.tanmia.project;

class ProjectNotFound extends RuntimeException {

	ProjectNotFound(String code) {
		super("No project " + code);
	}
}
