package ma.tanmia.ess;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface FinancingApplicationRepository extends CrudRepository<FinancingApplication, Long> {

	Optional<FinancingApplication> findByReference(String reference);
}
