package vn.hoptac.shared;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** What a {@link RecordIndex} reads from a repository: all records in id order, one or some by id. */
@NoRepositoryBean
public interface IndexedRepository<T> extends ListCrudRepository<T, Long> {

	List<T> findByIdGreaterThanOrderByIdAsc(long id, Limit limit);

}
