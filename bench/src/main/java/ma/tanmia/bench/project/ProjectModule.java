package ma.tanmia.bench.project;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Map;

import ma.tanmia.bench.AppInternals;
import ma.tanmia.bench.BenchApplication;
import ma.tanmia.project.MandateEvaluation;
import ma.tanmia.shared.Authorizations;
import ma.tanmia.territory.Territory;
import org.springframework.data.domain.Page;

/**
 * The package-private parts of the project module the bench calls as the controllers do:
 * {@code ProjectFilters.resolve} (URL parameters to a filter), {@code ProjectQueries.page} (the
 * list's two statements, through the Spring proxy and its transaction), {@code ProjectFilter.condition}
 * (the WHERE clause and parameters the application builds, which the raw baseline then sends itself)
 * and {@code MandateEvaluation.scope}.
 */
final class ProjectModule {

	/** A filter's SQL condition over {@code project p} and its named parameters. */
	record Where(String sql, Map<String, Object> parameters) {
	}

	private static final String PACKAGE = "ma.tanmia.project.";

	private final Object filters;
	private final Object queries;
	private final MandateEvaluation evaluation;
	private final Constructor<?> request;
	private final Method resolve;
	private final Method page;
	private final Method condition;
	private final Method conditionSql;
	private final Method conditionParameters;
	private final Method scope;
	private final Object defaultOrder;

	ProjectModule(BenchApplication application) {
		this.filters = application.bean(AppInternals.type(PACKAGE + "ProjectFilters"));
		this.queries = application.bean(AppInternals.type(PACKAGE + "ProjectQueries"));
		this.evaluation = application.bean(MandateEvaluation.class);
		Class<?> requestType = AppInternals.type(PACKAGE + "ProjectFilters$Request");
		this.request = requestType.getDeclaredConstructors()[0];
		this.request.setAccessible(true);
		Class<?> filterType = AppInternals.type(PACKAGE + "ProjectFilter");
		Class<?> orderType = AppInternals.type(PACKAGE + "ProjectQueries$Order");
		this.resolve = AppInternals.method(PACKAGE + "ProjectFilters", "resolve", requestType);
		this.page = AppInternals.method(PACKAGE + "ProjectQueries", "page", filterType, Authorizations.class, int.class,
				int.class, orderType);
		this.condition = AppInternals.method(PACKAGE + "ProjectFilter", "condition", Authorizations.class);
		this.conditionSql = AppInternals.method(PACKAGE + "ProjectFilter$Condition", "sql");
		this.conditionParameters = AppInternals.method(PACKAGE + "ProjectFilter$Condition", "parameters");
		this.scope = AppInternals.method(PACKAGE + "MandateEvaluation", "scope", String.class, Territory.class);
		this.defaultOrder = java.util.Arrays.stream(orderType.getEnumConstants())
			.filter(o -> "PLACE".equals(o.toString()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("ProjectQueries.Order has no PLACE (the list's default)"));
	}

	MandateEvaluation evaluation() {
		return evaluation;
	}

	/**
	 * The filter {@code GET /projects?mandate=…&territory=…&q=…} resolves to, for the person in the
	 * security context.
	 */
	Object filter(String mandate, String territory, String q) {
		try {
			Object parameters = request.newInstance(territory, mandate, null, null, null, null, null, null, null, null,
					null, null, q);
			return AppInternals.invoke(resolve, filters, parameters);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

	/** {@code ProjectQueries.page(filter, who, 0, 50, PLACE)}: the first page of the list, as the controller asks. */
	Page<?> firstPage(Object filter, Authorizations who) {
		return (Page<?>) AppInternals.invoke(page, queries, filter, who, 0, ProjectPages.PAGE_SIZE, defaultOrder);
	}

	@SuppressWarnings("unchecked")
	Where where(Object filter, Authorizations who) {
		Object c = AppInternals.invoke(condition, filter, who);
		return new Where((String) AppInternals.invoke(conditionSql, c),
				(Map<String, Object>) AppInternals.invoke(conditionParameters, c));
	}

	/**
	 * The evaluated cells of project_tally, for this reader: the evaluated projects' own condition
	 * ({@code MandateEvaluation.scope}), which reads only columns the tally has too.
	 */
	Where tallyWhere(String mandate, Territory territory, Authorizations who) {
		return where(evaluationScope(mandate, territory), who);
	}

	/** The filter of an evaluation: the mandate's projects in the territory's subtree. */
	Object evaluationScope(String mandate, Territory territory) {
		return AppInternals.invoke(scope, evaluation, mandate, territory);
	}
}
