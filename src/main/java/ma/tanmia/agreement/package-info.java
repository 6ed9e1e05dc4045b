/**
 * Partnership agreements (conventions): parties, object, linked projects, each party's commitment
 * per year, payments received, amendments and status; late payments flagged; overdue unpaid
 * commitments offered to the evaluation as a financing cause (docs/AGREEMENTS.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partnership agreements")
package ma.tanmia.agreement;
