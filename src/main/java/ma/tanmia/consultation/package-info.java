/**
 * Consultation: meetings and workshops (agenda, participants by category, gender and youth, minutes,
 * recommendations), proposals and their supports and answers, petitions to councils, comments and
 * their moderation, notifications; every contribution traceable to the project that carries it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultation")
package ma.tanmia.consultation;
