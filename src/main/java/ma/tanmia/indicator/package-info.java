/**
 * Territorial diagnosis: the indicator catalogue, values per territorial unit and year (submitted by
 * a collectivity or a sector, validated by the governor's office before they count), targets and
 * reference values, and what is computed from them — deficits, aggregation up the hierarchy,
 * disparities between communes, a composite social-deficit index — with its pages, maps and JSON.
 * Formulas: docs/DIAGNOSIS.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Territorial diagnosis")
package ma.tanmia.indicator;
