package ma.tanmia.ess;

/** The value chains of the regional ESS program. */
public enum ValueChain {
	ARGAN, SAFFRON, HONEY, DATES, ALMONDS, CACTUS, COUSCOUS_CEREALS, TEXTILES_CARPETS, POTTERY, RURAL_TOURISM,
	AROMATIC_PLANTS, DAIRY, OTHER
}
