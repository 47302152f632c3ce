package vn.hoptac.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import vn.hoptac.demo.internal.SeedFile.LocalitySeed;
import vn.hoptac.demo.internal.SeedFile.OrganisationSeed;
import vn.hoptac.geo.LocalityDraft;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.OrganisationDraft;
import vn.hoptac.partners.OrganisationService;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Names;
import vn.hoptac.shared.Visibility;

/** Reads seed files and creates the records every seed file may hold (localities, organisations). */
@Component
class SeedRecords {

	/** The seeds' facts come from published documents, so anyone may read them. */
	static final Visibility PUBLISHED = Visibility.PUBLIC;

	private final JsonMapper json;

	private final LocalityService localities;

	private final OrganisationService organisations;

	private final SeedKeys keys;

	SeedRecords(JsonMapper json, LocalityService localities, OrganisationService organisations, SeedKeys keys) {
		this.json = json;
		this.localities = localities;
		this.organisations = organisations;
		this.keys = keys;
	}

	<T> T read(String path, Class<T> type) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return json.readValue(in, type);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void createLocality(LocalitySeed l) {
		localities.create(new LocalityDraft(l.code(), l.country(), l.level(), l.parentCode(),
				new Names(l.nameVi(), l.nameEn(), l.nameKo(), l.nameNative()), day(l.validFrom()), day(l.validTo()),
				l.source()));
	}

	long createOrganisation(OrganisationSeed o) {
		return organisations.create(new OrganisationDraft(o.type(),
				new Names(o.nameVi(), o.nameEn(), o.nameKo(), o.nameNative()), o.abbreviation(), o.country(),
				keys.locality(o.localityCode()), o.website(), o.source(), PUBLISHED)).getId();
	}

	static LocalDate day(String partial) {
		PartialDate date = PartialDate.parse(partial);
		return date == null ? null : date.date();
	}

}
