package vn.hoptac.analytics;

/**
 * What passes along a line of the network (seed 000, Figure 1). Benefits have no record kind of their
 * own yet: they will come with the forums and feedback.
 */
public enum Flow {

	INSTITUTIONS, RESOURCES, KNOWLEDGE, BENEFITS

}
