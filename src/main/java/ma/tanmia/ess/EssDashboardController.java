package ma.tanmia.ess;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import ma.tanmia.platform.Languages;
import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.LocalizedName;
import ma.tanmia.territory.Territories;
import ma.tanmia.territory.Territory;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The ESS dashboard of a territory, its map data and its Excel export. */
@Controller
class EssDashboardController {

	static final String DEFAULT_TERRITORY = "MA-09";

	/** A cooperative on the map. */
	record Marker(long id, String name, double lat, double lon, String valueChain, int members, int labels) {
	}

	private final EssDashboard dashboard;
	private final DashboardExport export;
	private final CooperativeQueries cooperatives;
	private final CooperativeProducts products;
	private final Territories territories;
	private final EssAccess access;
	private final MessageSource messages;

	EssDashboardController(EssDashboard dashboard, DashboardExport export, CooperativeQueries cooperatives,
			CooperativeProducts products, Territories territories, EssAccess access, MessageSource messages) {
		this.dashboard = dashboard;
		this.export = export;
		this.cooperatives = cooperatives;
		this.products = products;
		this.territories = territories;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/ess")
	String board(@RequestParam(defaultValue = DEFAULT_TERRITORY) String territory,
			@RequestParam(defaultValue = "" + CooperativeProducts.DEFAULT_ALERT_DAYS) int days, Model model) {
		Territory unit = readable(territory);
		int alertDays = Math.max(1, Math.min(days, 3650));
		EssDashboard.Board board = dashboard.of(unit.path(), alertDays);
		Map<String, LocalizedName> names = territories.findAll(EssDashboard.areaCodes(board)).stream()
			.collect(Collectors.toMap(Territory::code, Territory::name));
		model.addAttribute("unit", unit);
		model.addAttribute("board", board);
		model.addAttribute("areaNames", names);
		model.addAttribute("days", alertDays);
		model.addAttribute("expiring", products.expiring(unit.path(), null, alertDays, 20));
		model.addAttribute("ancestors", territories.ancestors(unit.code()));
		model.addAttribute("children", territories.children(unit.code(), 0, 100, Locale.ROOT).getContent());
		return "ess/dashboard";
	}

	@GetMapping("/ess/map.json")
	@ResponseBody
	List<Marker> map(@RequestParam(defaultValue = DEFAULT_TERRITORY) String territory, Locale locale) {
		Territory unit = readable(territory);
		return cooperatives.registry(new CooperativeQueries.Filter(unit.code(), null, null, null), 0,
				CooperativeQueries.MAX_PAGE).getContent().stream()
			.filter(c -> c.latitude() != null && c.longitude() != null)
			.map(c -> new Marker(c.id(), c.name().in(Languages.supported(locale)), c.latitude().doubleValue(),
					c.longitude().doubleValue(), messages.getMessage("ess.valueChain." + c.valueChain(), null,
							Languages.supported(locale)), c.membersTotal(), c.activeLabels()))
			.toList();
	}

	@GetMapping("/ess/export.xlsx")
	void export(@RequestParam(defaultValue = DEFAULT_TERRITORY) String territory,
			@RequestParam(defaultValue = "" + CooperativeProducts.DEFAULT_ALERT_DAYS) int days, Locale locale,
			HttpServletResponse response) throws IOException {
		Territory unit = readable(territory);
		Locale language = Languages.supported(locale);
		var workbook = export.write(unit, Math.max(1, Math.min(days, 3650)), language);
		String name = messages.getMessage("ess.export.file", null, language) + "-" + unit.code() + "-"
				+ CooperativeRegistry.today() + ".xlsx";
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"ess-" + unit.code() + "-"
				+ CooperativeRegistry.today() + ".xlsx\"; filename*=UTF-8''"
				+ URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A"));
		response.setHeader("X-Content-Type-Options", "nosniff");
		try (workbook) {
			workbook.write(response.getOutputStream());
			response.flushBuffer();
		}
	}

	/** The unit, if the reader may read ESS figures at all (a role other than citizen, or a cooperative they manage). */
	private Territory readable(String code) {
		Territory unit = territories.find(code).orElseThrow(() -> new CooperativeNotFound(code));
		Authorizations who = Authorizations.current();
		boolean reader = EssAccess.readingScopes(who).stream()
			.anyMatch(s -> unit.path().startsWith(s) || s.startsWith(unit.path()));
		if (!reader && access.managed().isEmpty()) {
			throw new AccessDeniedException("No ESS figures for this reader");
		}
		return unit;
	}
}
