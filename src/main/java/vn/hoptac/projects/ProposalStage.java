package vn.hoptac.projects;

/** Where an idea seeking funding stands (the proposals pipeline, IATI activity status 1). */
public enum ProposalStage {

	IDEA, SEEKING_FUNDING, SUBMITTED, COMMITTED, DECLINED

}
