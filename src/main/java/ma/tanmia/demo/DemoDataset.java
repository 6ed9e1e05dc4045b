package ma.tanmia.demo;

import org.springframework.transaction.TransactionStatus;

/**
 * One demonstration dataset, loaded once ever by {@link DemoDatasets} in the order of the
 * implementations' {@code @Order} (a dataset after the ones it builds on).
 */
interface DemoDataset {

	/** Its name in {@code demo_data_load}. */
	String name();

	/**
	 * Loads the dataset, inside the transaction that has just claimed it. A dataset that cannot load
	 * (a prerequisite missing) marks {@code claim} rollback-only: nothing is kept, and it is tried again
	 * at the next start.
	 */
	void loadClaimed(TransactionStatus claim);
}
