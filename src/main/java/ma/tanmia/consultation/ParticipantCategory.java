package ma.tanmia.consultation;

/** Who took part in a meeting, grouped as the minutes count them. */
public enum ParticipantCategory {
	ELECTED_OFFICIALS, AUTHORITIES, STATE_SECTORS, ECONOMIC_ACTORS, COOPERATIVES, ASSOCIATIONS, FINANCIAL_PARTNERS,
	CITIZENS, MEDIA
}
