package ma.tanmia.ess;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface FinancingCallRepository extends CrudRepository<FinancingCall, Long> {

	Optional<FinancingCall> findByCode(String code);

	List<FinancingCall> findAllByOrderByOpensOnDesc();
}
