package vn.hoptac.ngos.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.ngos.CertificateStatus;
import vn.hoptac.ngos.Ngo;
import vn.hoptac.ngos.NgoCertificate;
import vn.hoptac.ngos.NgoQuery;
import vn.hoptac.ngos.NgoService;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.Reminder;
import vn.hoptac.shared.ReminderSource;

/**
 * Registration certificates of foreign NGOs that run out within the horizon while still marked
 * valid (one that ran out and was not renewed or closed shows as overdue), under the reader's
 * access, named by the NGO and the certificate's number.
 */
@Component
@Transactional(readOnly = true)
class NgoCertificateReminders implements ReminderSource {

	static final String CERTIFICATE_EXPIRING = "ngo.certificate.expiring";

	/** More NGO files than a province keeps: the reminders show them all. */
	private static final int AT_MOST = 1000;

	private final NgoService ngos;

	private final PartyDirectory parties;

	NgoCertificateReminders(NgoService ngos, PartyDirectory parties) {
		this.ngos = ngos;
		this.parties = parties;
	}

	@Override
	public List<Reminder> dueFor(LocalDate today, int horizonDays) {
		LocalDate until = today.plusDays(horizonDays);
		List<Reminder> due = new ArrayList<>();
		NgoQuery expiring = new NgoQuery(null, null, null, null, null, null, until);
		for (Ngo ngo : ngos.search(expiring, PageRequest.of(0, AT_MOST, Sort.by("id"))).getContent()) {
			String name = parties.organisationName(ngo.getOrganisationId());
			for (NgoCertificate certificate : ngo.getCertificates()) {
				if (certificate.status() == CertificateStatus.VALID && certificate.validTo() != null
						&& !certificate.validTo().isAfter(until)) {
					String title = certificate.number() == null ? name : name + " — " + certificate.number();
					due.add(new Reminder(CERTIFICATE_EXPIRING, Reminder.Severity.of(certificate.validTo(), today),
							certificate.validTo(), NgoService.ENTITY, ngo.getId(), title, "/ngos/" + ngo.getId(),
							ngo.getStewardship().provinceId(), ngo.getStewardship().organisationId()));
				}
			}
		}
		due.sort(Comparator.comparing(Reminder::dueOn).thenComparing(Reminder::id));
		return due;
	}

}
