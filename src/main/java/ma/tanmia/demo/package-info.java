/**
 * Demonstration data, clearly labelled as such, loaded once on the embedded default database only:
 * organizations and accounts of Souss-Massa for trying every role. Goes through the other modules'
 * APIs like any client, so it is audited and validated like real input.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demonstration data")
package ma.tanmia.demo;
