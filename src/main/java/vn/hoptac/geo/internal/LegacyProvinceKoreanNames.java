package vn.hoptac.geo.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import vn.hoptac.geo.Locality;
import vn.hoptac.shared.DataMigration;
import vn.hoptac.shared.Names;
import vn.hoptac.shared.Text;

/**
 * The reference data gives Korean names (Hangul) to the 34 current provinces only. A province of
 * before 2025 that bears the name of a current one (the old Thái Nguyên, the old Hồ Chí Minh City…)
 * takes that Korean name, compared without diacritics since the two files place tone marks
 * differently ("Thanh Hóa", "Thanh Hoá"); its search text is refreshed so the name finds it.
 * Provinces whose names did not survive the merger keep no Korean name and fall back to English.
 */
@Component
class LegacyProvinceKoreanNames extends DataMigration {

	LegacyProvinceKoreanNames() {
		super("26", "Korean names of legacy provinces named as current ones");
	}

	@Override
	public void migrate(Context context) throws Exception {
		Map<String, String> koreanByName = new HashMap<>();
		try (Statement select = context.getConnection().createStatement();
				ResultSet current = select.executeQuery("select name_vi, name_ko from locality where country = 'VN'"
						+ " and parent_id is null and valid_to is null and name_ko is not null")) {
			while (current.next()) {
				koreanByName.put(Text.fold(current.getString("name_vi")), current.getString("name_ko"));
			}
		}
		try (Statement select = context.getConnection().createStatement();
				ResultSet legacy = select.executeQuery("select id, code, name_vi, name_en, name_native from locality"
						+ " where country = 'VN' and parent_id is null and valid_to is not null and name_ko is null");
				PreparedStatement update = context.getConnection()
					.prepareStatement("update locality set name_ko = ?, search_text = ? where id = ?")) {
			while (legacy.next()) {
				String korean = koreanByName.get(Text.fold(legacy.getString("name_vi")));
				if (korean == null) {
					continue;
				}
				update.setString(1, korean);
				Names names = new Names(legacy.getString("name_vi"), legacy.getString("name_en"), korean,
						legacy.getString("name_native"));
				// as Locality indexes itself
				update.setString(2, Text.fit(Text.searchText(legacy.getString("code"), names.searchText()),
						Locality.SEARCH_TEXT_LENGTH));
				update.setLong(3, legacy.getLong("id"));
				update.addBatch();
			}
			update.executeBatch();
		}
	}

}
