package ma.tanmia.identity;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface UserAccounts extends CrudRepository<UserAccount, Long> {

	@Query("select * from user_account where lower(username) = lower(:username)")
	Optional<UserAccount> findByUsername(String username);
}
