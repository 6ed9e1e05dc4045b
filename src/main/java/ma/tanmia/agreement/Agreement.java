package ma.tanmia.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import ma.tanmia.shared.LocalizedName;

/** A partnership agreement as its page shows it. */
public record Agreement(long id, String code, String territoryCode, String territoryPath, LocalizedName object,
		String status, LocalDate signedOn, boolean demonstration, long version) {

	public static final List<String> STATUSES = List.of("DRAFT", "SIGNED", "IN_FORCE", "CLOSED", "TERMINATED");

	public record Party(String orgCode, LocalizedName name, String kind) {
	}

	public record LinkedProject(long id, String code, LocalizedName title) {
	}

	public record Commitment(String orgCode, int year, BigDecimal amount) {
	}

	public record Payment(long id, String orgCode, LocalDate paidOn, BigDecimal amount, String reference,
			String recordedBy) {
	}

	public record Amendment(int number, LocalDate signedOn, String summary, String recordedBy) {
	}

	/**
	 * What a party committed (in all, and for the years already over), what it paid, and how much of
	 * the years over is unpaid: late = max(0, committed for years before this one − paid).
	 */
	public record Balance(String orgCode, BigDecimal committed, BigDecimal committedDue, BigDecimal paid,
			BigDecimal late) {

		public boolean isLate() {
			return late.signum() > 0;
		}
	}

	/** Everything about one agreement. */
	public record Detail(Agreement agreement, List<Party> parties, List<LinkedProject> projects,
			List<Commitment> commitments, List<Payment> payments, List<Amendment> amendments, List<Balance> balances,
			List<Integer> years) {

		public BigDecimal commitment(String orgCode, int year) {
			return commitments.stream().filter(c -> c.orgCode().equals(orgCode) && c.year() == year)
				.map(Commitment::amount).findFirst().orElse(null);
		}

		public Balance balance(String orgCode) {
			return balances.stream().filter(b -> b.orgCode().equals(orgCode)).findFirst().orElse(null);
		}

		public BigDecimal late() {
			return balances.stream().map(Balance::late).reduce(BigDecimal.ZERO, BigDecimal::add);
		}
	}

	/** A line of the list: the agreement and what is late on it. */
	public record Row(Agreement agreement, int parties, int projects, BigDecimal committed, BigDecimal paid,
			BigDecimal late) {
	}
}
