/**
 * Demonstration data, clearly labelled as such, loaded once on the embedded default database only:
 * organizations and accounts of Souss-Massa for trying every role ({@code DemoData}), then the
 * programs and projects of Inezgane-Aït Melloul for two mandates, whose 2016–2021 execution lets the
 * evaluation answer the governor's question ({@code ProgramDemoData}). Goes through the other
 * modules' APIs like any client, so it is audited and validated like real input.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demonstration data")
package ma.tanmia.demo;
