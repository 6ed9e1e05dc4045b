package ma.tanmia.territory;

import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/territories}: the hierarchy as JSON, under the same sign-in as the pages. */
@RestController
@RequestMapping("/api/v1/territories")
class TerritoryApi {

	private final Territories territories;

	TerritoryApi(Territories territories) {
		this.territories = territories;
	}

	record Name(String ar, String fr, String tzm) {
	}

	record UnitJson(String code, TerritoryLevel level, CommuneKind communeKind, String parentCode, String path,
			Name name, java.math.BigDecimal latitude, java.math.BigDecimal longitude, java.math.BigDecimal areaKm2,
			Integer declaredCommunes, int childCount, List<Territory.Population> population) {

		static UnitJson of(Territory t) {
			return new UnitJson(t.code(), t.level(), t.communeKind(), t.parentCode(), t.path(),
					new Name(t.name().ar(), t.name().fr(), t.name().tzm()), t.latitude(), t.longitude(), t.areaKm2(),
					t.declaredCommunes(), t.childCount(), t.populations());
		}
	}

	record PageJson(List<UnitJson> content, int page, int size, long totalElements, int totalPages) {
	}

	record ErrorJson(String error, String code) {
	}

	@GetMapping("/{code}")
	UnitJson unit(@PathVariable String code) {
		return territories.find(code).map(UnitJson::of).orElseThrow(() -> new TerritoryEditing.UnitNotFound(code));
	}

	@GetMapping("/{code}/children")
	PageJson children(@PathVariable String code, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Locale locale) {
		if (!territories.exists(code)) {
			throw new TerritoryEditing.UnitNotFound(code);
		}
		Page<Territory> children = territories.children(code, page, size, locale);
		return new PageJson(children.getContent().stream().map(UnitJson::of).toList(), children.getNumber(),
				children.getSize(), children.getTotalElements(), children.getTotalPages());
	}

	@ExceptionHandler(TerritoryEditing.UnitNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ErrorJson notFound(TerritoryEditing.UnitNotFound e) {
		return new ErrorJson("not_found", e.getMessage());
	}
}
