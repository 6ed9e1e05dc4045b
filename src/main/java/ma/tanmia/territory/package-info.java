/**
 * The territorial hierarchy of the Kingdom: region → prefecture/province → commune (urban or rural),
 * with codes, names in Arabic, French and Tifinagh, populations by census and coordinates.
 * Reference data ships with the application; further units come in through the CSV import.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Territory")
package ma.tanmia.territory;
