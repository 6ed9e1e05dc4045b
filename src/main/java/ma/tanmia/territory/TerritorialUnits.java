package ma.tanmia.territory;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface TerritorialUnits extends CrudRepository<TerritorialUnit, Long> {

	Optional<TerritorialUnit> findByCode(String code);
}
