package vn.hoptac.money.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import vn.hoptac.money.ExchangeRate;

public interface ExchangeRateRepository extends JpaRepository<ExchangeRate, Long>, JpaSpecificationExecutor<ExchangeRate> {

	Optional<ExchangeRate> findFirstByCurrencyAndValidFromLessThanEqualAndValidToGreaterThanEqualOrderByValidFromDesc(
			String currency, LocalDate onOrAfterFrom, LocalDate onOrBeforeTo);

	List<ExchangeRate> findByCurrencyIn(List<String> currencies);

	@Query("select distinct r.currency from ExchangeRate r order by r.currency")
	List<String> findRatedCurrencies();

}
