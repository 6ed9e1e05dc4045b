package ma.tanmia.consultation;

/** Themes citizens file proposals under (close to the sectors of projects). */
public enum ProposalCategory {
	ROADS, WATER, SANITATION, EDUCATION, HEALTH, YOUTH_AND_SPORT, CULTURE, ENVIRONMENT, ECONOMY_AND_JOBS, SOCIAL,
	URBAN_PLANNING, OTHER
}
