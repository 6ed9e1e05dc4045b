package ma.tanmia.ess;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cooperatives as JSON: {@code /api/v1/cooperatives} for signed-in readers (their scopes, or their
 * own cooperatives), {@code /api/v1/public/cooperatives} for anyone (the opted-in directory, with
 * products and labels but neither capital nor members' detail). Paginated; filters by territory
 * (its whole subtree), value chain and a label held today.
 */
@RestController
class CooperativeApi {

	record Json(long id, String registrationNumber, LocalDate registeredOn, String nameAr, String nameFr,
			LegalForm legalForm, ValueChain valueChain, String territoryCode, int membersTotal, int membersWomen,
			int membersYouth, BigDecimal capital, CooperativeStatus status, boolean inDirectory, BigDecimal latitude,
			BigDecimal longitude, int activeLabels) {

		static Json of(CooperativeRow c) {
			return new Json(c.id(), c.registrationNumber(), c.registeredOn(), c.name().ar(), c.name().fr(),
					c.legalForm(), c.valueChain(), c.territoryCode(), c.membersTotal(), c.membersWomen(),
					c.membersYouth(), c.capital(), c.status(), c.inDirectory(), c.latitude(), c.longitude(),
					c.activeLabels());
		}
	}

	record PublicJson(long id, String nameAr, String nameFr, LegalForm legalForm, ValueChain valueChain,
			String territoryCode, BigDecimal latitude, BigDecimal longitude, List<ProductJson> products) {
	}

	record ProductJson(String nameAr, String nameFr, List<QualityLabel> labels) {
	}

	record PageJson<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

		static <T> PageJson<T> of(Page<?> page, List<T> content) {
			return new PageJson<>(content, page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
		}
	}

	private final CooperativeQueries queries;
	private final CooperativeProducts products;
	private final EssAccess access;

	CooperativeApi(CooperativeQueries queries, CooperativeProducts products, EssAccess access) {
		this.access = access;
		this.queries = queries;
		this.products = products;
	}

	@GetMapping("/api/v1/cooperatives")
	PageJson<Json> cooperatives(@RequestParam(required = false) String territory,
			@RequestParam(required = false) ValueChain valueChain, @RequestParam(required = false) LabelKind label,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		access.checkReader();
		Page<CooperativeRow> rows = queries.registry(new CooperativeQueries.Filter(territory, valueChain, label, null),
				page, size);
		return PageJson.of(rows, rows.getContent().stream().map(Json::of).toList());
	}

	@GetMapping("/api/v1/public/cooperatives")
	PageJson<PublicJson> directory(@RequestParam(required = false) String territory,
			@RequestParam(required = false) ValueChain valueChain, @RequestParam(required = false) LabelKind label,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		Page<CooperativeRow> rows = queries.directory(new CooperativeQueries.Filter(territory, valueChain, label, null),
				page, Math.min(size, 50));
		return PageJson.of(rows, rows.getContent().stream().map(this::publicJson).toList());
	}

	@GetMapping("/api/v1/public/cooperatives/{id}")
	PublicJson listed(@PathVariable long id) {
		return publicJson(queries.findInDirectory(id).orElseThrow(() -> new CooperativeNotFound(id)));
	}

	/** Products of one listed cooperative: a query per cooperative, at most 50 a page. */
	private PublicJson publicJson(CooperativeRow c) {
		LocalDate today = CooperativeRegistry.today();
		return new PublicJson(c.id(), c.name().ar(), c.name().fr(), c.legalForm(), c.valueChain(), c.territoryCode(),
				c.latitude(), c.longitude(), products.of(c.id()).stream()
					.map(p -> new ProductJson(p.name().ar(), p.name().fr(), p.labels().stream()
						.map(CooperativeProducts.Label::label).filter(l -> l.activeOn(today)).toList()))
					.toList());
	}
}
