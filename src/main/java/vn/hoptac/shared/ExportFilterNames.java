package vn.hoptac.shared;

import java.util.Optional;

/**
 * Names a record given by id ({@code locality=12} → "Thái Nguyên") for an export: the value of a
 * list filter in the line naming the filters in force, or a {@link ExportColumns.Kind#NAMED} cell.
 * {@code kind} is the filter's parameter or the column's {@code refers}. Modules that own such
 * records provide one; empty if it is not theirs or the reader may not read it.
 */
public interface ExportFilterNames {

	Optional<String> name(String kind, Object id);

}
