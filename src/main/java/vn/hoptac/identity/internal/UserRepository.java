package vn.hoptac.identity.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import vn.hoptac.identity.User;

public interface UserRepository extends JpaRepository<User, Long> {

	Optional<User> findByUsername(String username);

	boolean existsByUsername(String username);

}
