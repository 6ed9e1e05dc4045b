/**
 * The social and solidarity economy (ESS): the cooperative registry and its import, products and
 * quality labels under law 25-06, calls for projects whose rules are data, financing applications
 * and their workflow (submission, eligibility, committee review, decision, agreement, tranches,
 * follow-up visits, closing), trainings, the ESS dashboard and the public directory. See docs/ESS.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Social and solidarity economy")
package ma.tanmia.ess;
