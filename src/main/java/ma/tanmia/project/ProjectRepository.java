package ma.tanmia.project;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface ProjectRepository extends CrudRepository<Project, Long> {

	Optional<Project> findByCode(String code);
}
