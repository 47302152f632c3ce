package vn.hoptac.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One record as an export reads it ({@link RecordExport}): its id and the values of the exported
 * attributes and related lookups, by name; nothing else of the record is loaded.
 */
public record ExportRow(Long id, Map<String, Object> values) {

	public ExportRow(Long id) {
		this(id, new HashMap<>());
	}

	public static List<Long> ids(List<ExportRow> rows) {
		return rows.stream().map(ExportRow::id).toList();
	}

	public Object get(String name) {
		return values.get(name);
	}

}
