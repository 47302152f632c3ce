package vn.hoptac.shared;

/** A record that a {@link RecordIndex} lists: it says what its list filters on and orders by. */
public interface Indexed {

	Long getId();

	IndexEntry indexEntry();

}
