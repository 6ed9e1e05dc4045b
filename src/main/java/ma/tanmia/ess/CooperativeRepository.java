package ma.tanmia.ess;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface CooperativeRepository extends CrudRepository<Cooperative, Long> {

	Optional<Cooperative> findByRegistrationNumber(String registrationNumber);
}
