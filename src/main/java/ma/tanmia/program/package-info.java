/**
 * Development programs of the collectivities over a mandate — the regional program (PDR, law
 * 111-14), the prefectural/provincial program (PDP, law 112-14), the communal action program (PAC,
 * law 113-14) — with their phases per the decrees and their structure of axes and sub-programs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programs")
package ma.tanmia.program;
