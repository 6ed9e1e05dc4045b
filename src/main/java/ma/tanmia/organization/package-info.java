/**
 * The actors of a territory: councils of the region, prefectures/provinces and communes, the
 * governor's administration, State sectors, INDH committees, public agencies and partners.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organizations")
package ma.tanmia.organization;
