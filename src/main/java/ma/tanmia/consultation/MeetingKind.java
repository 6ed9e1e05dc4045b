package ma.tanmia.consultation;

/** The forms of consultation the organic laws and the seed reports name. */
public enum MeetingKind {
	INFORMATION_CONSULTATION, WORKSHOP, ROUND_TABLE, PUBLIC_HEARING, COMMITTEE, CONSULTATIVE_BODY_SESSION,
	/** A session of the council itself: its agenda may carry petitions. */
	COUNCIL_SESSION
}
