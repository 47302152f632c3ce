package vn.hoptac.money.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import vn.hoptac.money.Currency;

public interface CurrencyRepository extends JpaRepository<Currency, String> {

}
