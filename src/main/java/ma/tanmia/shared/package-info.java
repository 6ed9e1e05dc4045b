/**
 * Value types every module may use: roles and their territorial scope, names in several languages.
 * No behaviour that needs a bean, no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared value types", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package ma.tanmia.shared;
