/**
 * What every page and every module stands on: the database (embedded PostgreSQL by default),
 * languages and locale-aware formatting, the page layout and error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package ma.tanmia.platform;
