package ma.tanmia.project;

import java.math.BigDecimal;

/** An amount a funding source plans to bring to a project in a year. */
public record PlannedFunding(String sourceCode, int year, BigDecimal amount) {
}
