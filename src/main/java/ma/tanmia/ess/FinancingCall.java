package ma.tanmia.ess;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A call for projects of a financing program, its rules held as data. */
@Table("ess_call")
class FinancingCall {

	@Id
	private Long id;
	private String code;
	private FinancingProgram program;
	private String titleAr;
	private String titleFr;
	private LocalDate opensOn;
	private LocalDate closesOn;
	private BigDecimal maxSharePct;
	private BigDecimal maxAmount;
	private BigDecimal maxInKindPct;
	private boolean demonstration;
	@Version
	private Long version;
	@MappedCollection(idColumn = "call_id")
	private Set<EligibleChain> valueChains = new HashSet<>();
	@MappedCollection(idColumn = "call_id")
	private Set<EligibleTerritory> territories = new HashSet<>();

	@Table("ess_call_value_chain")
	record EligibleChain(ValueChain valueChain) {
	}

	@Table("ess_call_territory")
	record EligibleTerritory(String territoryCode, String territoryPath) {
	}

	FinancingCall() {
	}

	/** @param paths the eligible territories' paths, by code */
	FinancingCall(CallSpec spec, Map<String, String> paths, boolean demonstration) {
		if (spec.code() == null || spec.code().isBlank() || spec.titleAr() == null || spec.titleAr().isBlank()
				|| spec.titleFr() == null || spec.titleFr().isBlank() || spec.program() == null) {
			throw new EssRuleBroken("ess.call.required");
		}
		if (spec.opensOn() == null || spec.closesOn() == null || spec.closesOn().isBefore(spec.opensOn())) {
			throw new EssRuleBroken("ess.call.dates");
		}
		if (spec.maxSharePct() == null || spec.maxSharePct().signum() <= 0
				|| spec.maxSharePct().compareTo(CallRules.HUNDRED) > 0 || spec.maxAmount() == null
				|| spec.maxAmount().signum() <= 0 || spec.maxInKindPct() == null || spec.maxInKindPct().signum() < 0
				|| spec.maxInKindPct().compareTo(CallRules.HUNDRED) > 0) {
			throw new EssRuleBroken("ess.call.limits");
		}
		this.code = spec.code().strip();
		this.program = spec.program();
		this.titleAr = spec.titleAr().strip();
		this.titleFr = spec.titleFr().strip();
		this.opensOn = spec.opensOn();
		this.closesOn = spec.closesOn();
		this.maxSharePct = spec.maxSharePct();
		this.maxAmount = spec.maxAmount();
		this.maxInKindPct = spec.maxInKindPct();
		this.demonstration = demonstration;
		spec.valueChains().forEach(v -> valueChains.add(new EligibleChain(v)));
		paths.forEach((code, path) -> territories.add(new EligibleTerritory(code, path)));
	}

	CallRules rules() {
		return new CallRules(maxSharePct, maxAmount, maxInKindPct,
				valueChains.stream().map(EligibleChain::valueChain).collect(Collectors.toSet()),
				territories.stream().map(EligibleTerritory::territoryPath).sorted().toList(), opensOn, closesOn);
	}

	Long id() { return id; }
	String code() { return code; }
	FinancingProgram program() { return program; }
	String titleAr() { return titleAr; }
	String titleFr() { return titleFr; }
	LocalDate opensOn() { return opensOn; }
	LocalDate closesOn() { return closesOn; }
	BigDecimal maxSharePct() { return maxSharePct; }
	BigDecimal maxAmount() { return maxAmount; }
	BigDecimal maxInKindPct() { return maxInKindPct; }
	List<String> territoryCodes() { return territories.stream().map(EligibleTerritory::territoryCode).sorted().toList(); }
	List<ValueChain> valueChains() { return valueChains.stream().map(EligibleChain::valueChain).sorted().toList(); }
}
