package ma.tanmia.ess;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ma.tanmia.ess.RuleFailure.Figure;

/**
 * The rules of a call for projects, as data (docs/ESS.md): the share of the budget the call finances
 * at most and its ceiling in MAD, the share of the promoter's own contribution that may be in kind,
 * the eligible value chains and territories (none listed: all), the dates the call is open.
 *
 * <p>INDH program 3, for instance: at most 60 % of the budget and at most 300,000 MAD; the promoter
 * brings the rest, in cash or partly in kind.
 */
public record CallRules(BigDecimal maxSharePct, BigDecimal maxAmount, BigDecimal maxInKindPct, Set<ValueChain> valueChains,
		List<String> territoryPaths, LocalDate opensOn, LocalDate closesOn) {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** What an application proposes, as the rules see it. */
	public record Proposal(BigDecimal budget, BigDecimal requested, BigDecimal ownCash, BigDecimal ownInKind,
			ValueChain valueChain, String territoryPath, CooperativeStatus cooperativeStatus, LocalDate submittedOn) {
	}

	/** Every rule the proposal breaks, each with its figures; empty when it may be submitted. */
	public List<RuleFailure> check(Proposal p) {
		List<RuleFailure> failures = new ArrayList<>();
		if (p.cooperativeStatus() != CooperativeStatus.ACTIVE) {
			failures.add(RuleFailure.of("ess.rule.cooperative.inactive", Figure.text(p.cooperativeStatus())));
		}
		if (p.submittedOn().isBefore(opensOn) || p.submittedOn().isAfter(closesOn)) {
			failures.add(RuleFailure.of("ess.rule.closed", Figure.text(p.submittedOn()), Figure.text(opensOn),
					Figure.text(closesOn)));
		}
		if (!valueChains.isEmpty() && !valueChains.contains(p.valueChain())) {
			failures.add(RuleFailure.of("ess.rule.valueChain", Figure.text(p.valueChain())));
		}
		if (!territoryPaths.isEmpty() && territoryPaths.stream().noneMatch(t -> p.territoryPath().startsWith(t))) {
			failures.add(RuleFailure.of("ess.rule.territory"));
		}
		if (p.budget().signum() <= 0) {
			failures.add(RuleFailure.of("ess.rule.budget.empty"));
			return failures;
		}
		if (p.requested().signum() <= 0 || p.ownCash().signum() < 0 || p.ownInKind().signum() < 0) {
			failures.add(RuleFailure.of("ess.rule.amounts.positive"));
			return failures;
		}
		BigDecimal share = percent(p.requested(), p.budget());
		if (share.compareTo(maxSharePct) > 0) {
			BigDecimal ceilingByShare = p.budget().multiply(maxSharePct).divide(HUNDRED, 2, RoundingMode.DOWN);
			failures.add(RuleFailure.of("ess.rule.share", Figure.money(p.requested()), Figure.percent(share),
					Figure.money(p.budget()), Figure.percent(maxSharePct), Figure.money(ceilingByShare)));
		}
		if (p.requested().compareTo(maxAmount) > 0) {
			failures.add(RuleFailure.of("ess.rule.amount", Figure.money(p.requested()), Figure.money(maxAmount)));
		}
		BigDecimal own = p.ownCash().add(p.ownInKind());
		BigDecimal plan = p.requested().add(own);
		if (plan.compareTo(p.budget()) != 0) {
			failures.add(RuleFailure.of("ess.rule.balance", Figure.money(p.requested()), Figure.money(own),
					Figure.money(plan), Figure.money(p.budget())));
		}
		if (own.signum() > 0) {
			BigDecimal inKindShare = percent(p.ownInKind(), own);
			if (inKindShare.compareTo(maxInKindPct) > 0) {
				BigDecimal ceiling = own.multiply(maxInKindPct).divide(HUNDRED, 2, RoundingMode.DOWN);
				failures.add(RuleFailure.of("ess.rule.inKind", Figure.money(p.ownInKind()), Figure.percent(inKindShare),
						Figure.money(own), Figure.percent(maxInKindPct), Figure.money(ceiling)));
			}
		}
		return failures;
	}

	/** {@code part} as a percentage of {@code whole}, to two decimals (rounded up, so 60.001 % is not 60 %). */
	static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.UP);
	}
}
