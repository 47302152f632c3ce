package vn.hoptac.analytics;

import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a line as Jackson would from the record (its first year left out when null), straight to the
 * generator: the nation's network has a hundred thousand lines, and the record's generic path (an
 * accessor call per property, a serializer looked up for each map and set) took most of the time spent
 * writing its JSON.
 */
final class EdgeJson extends StdSerializer<Network.Edge> {

	private static final SerializableString SOURCE = new SerializedString("source");

	private static final SerializableString TARGET = new SerializedString("target");

	private static final SerializableString WEIGHT = new SerializedString("weight");

	private static final SerializableString FIRST_YEAR = new SerializedString("firstYear");

	private static final SerializableString KINDS = new SerializedString("kinds");

	private static final SerializableString FLOWS = new SerializedString("flows");

	EdgeJson() {
		super(Network.Edge.class);
	}

	@Override
	public void serialize(Network.Edge edge, JsonGenerator json, SerializationContext context) {
		json.writeStartObject(edge);
		json.writeName(SOURCE);
		json.writeString(edge.source());
		json.writeName(TARGET);
		json.writeString(edge.target());
		json.writeName(WEIGHT);
		json.writeNumber(edge.weight());
		if (edge.firstYear() != null) {
			json.writeName(FIRST_YEAR);
			json.writeNumber(edge.firstYear());
		}
		json.writeName(KINDS);
		json.writeStartObject();
		for (Map.Entry<LinkKind, Long> kind : edge.kinds().entrySet()) {
			json.writeName(kind.getKey().name());
			json.writeNumber(kind.getValue());
		}
		json.writeEndObject();
		json.writeName(FLOWS);
		json.writeStartArray();
		for (Flow flow : edge.flows()) {
			json.writeString(flow.name());
		}
		json.writeEndArray();
		json.writeEndObject();
	}

}
