/**
 * Projects of the programs: funding plans by source and year, commitments and payments, schedule,
 * status and progress history, typed blocking causes; the project list and search; and the
 * evaluation of a mandate that tells, with figures, whether unexecuted projects were held back by
 * financing or by governance and coordination.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Projects and evaluation")
package ma.tanmia.project;
