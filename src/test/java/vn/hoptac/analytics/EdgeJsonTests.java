package vn.hoptac.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** A line's JSON, written by hand for speed, reads as the record's did: fields in order, an undated line without its year. */
class EdgeJsonTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aLineIsWrittenWithItsKindsAndFlowsAndItsFirstYearOnlyWhenDated() {
		Map<LinkKind, Long> kinds = new EnumMap<>(LinkKind.class);
		kinds.put(LinkKind.PARTNERSHIP, 1L);
		kinds.put(LinkKind.DELEGATION, 2L);
		Network.Edge dated = new Network.Edge("locality:67", "organisation:1332", 3, 2013, kinds,
				EnumSet.of(Flow.INSTITUTIONS, Flow.KNOWLEDGE));
		assertThat(json.writeValueAsString(dated)).isEqualTo("""
				{"source":"locality:67","target":"organisation:1332","weight":3,"firstYear":2013,\
				"kinds":{"PARTNERSHIP":1,"DELEGATION":2},"flows":["INSTITUTIONS","KNOWLEDGE"]}""");
		Network.Edge undated = new Network.Edge("organisation:5", "locality:\"x\"", 1, null,
				Map.of(LinkKind.PROJECT, 1L), EnumSet.of(Flow.RESOURCES));
		assertThat(json.writeValueAsString(undated)).isEqualTo("""
				{"source":"organisation:5","target":"locality:\\"x\\"","weight":1,"kinds":{"PROJECT":1},\
				"flows":["RESOURCES"]}""");
	}

}
