/**
 * The audit trail: who changed what, when, and the values before and after. Modules publish
 * {@link ma.tanmia.audit.EntityChanged}; the trail records it in the same transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package ma.tanmia.audit;
