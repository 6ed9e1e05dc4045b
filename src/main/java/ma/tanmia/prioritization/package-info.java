/**
 * Prioritization and multi-year programming of a program's candidate projects: criteria and their
 * weights (set directly or derived from AHP pairwise comparisons, with the consistency ratio),
 * scores by invited evaluators, ranking with each criterion's contribution, time horizons, and the
 * programming of the chosen projects over the six years under funding caps, solved with OR-Tools
 * CP-SAT in the background beside a greedy baseline (docs/PRIORITIZATION.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Prioritization and programming")
package ma.tanmia.prioritization;
