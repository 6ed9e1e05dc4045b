package ma.tanmia.prioritization;

import java.math.BigDecimal;

import ma.tanmia.shared.LocalizedName;

/**
 * A criterion of a program's prioritization and its weight (the weights of a program sum to 1).
 *
 * @param fedBy the module meant to supply its scores later (DIAGNOSIS, CONSULTATION), null if none:
 *        until that module exists, evaluators score it like any other
 */
public record Criterion(String code, LocalizedName name, BigDecimal weight, String fedBy, int position) {
}
