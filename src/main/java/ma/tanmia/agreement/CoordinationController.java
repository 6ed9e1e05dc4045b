package ma.tanmia.agreement;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.ScopedRole;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ma.tanmia.indicator.SectorDeficits;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The coordination view of a territory: table, map (Leaflet, fed by a JSON endpoint), overlaps, gaps, Excel. */
@Controller
class CoordinationController {

	private final Coordination coordination;
	private final MessageSource messages;

	CoordinationController(Coordination coordination, MessageSource messages) {
		this.coordination = coordination;
		this.messages = messages;
	}

	@GetMapping("/coordination")
	String page(@RequestParam(required = false) String territory, Model model) {
		String code = territory == null || territory.isBlank() ? defaultTerritory() : territory.strip();
		model.addAttribute("territoryCode", code);
		coordination.of(code).ifPresentOrElse(view -> model.addAttribute("view", view),
				() -> model.addAttribute("unknown", true));
		return "agreement/coordination";
	}

	/** The interventions as map points: code, title, sector, owner kind, coordinates. */
	@GetMapping("/coordination/interventions.json")
	@ResponseBody
	ResponseEntity<List<Map<String, Object>>> points(@RequestParam String territory, Locale locale) {
		return coordination.of(territory).map(view -> {
			List<Map<String, Object>> points = new ArrayList<>();
			for (Coordination.Intervention i : view.interventions()) {
				if (i.latitude() == null || i.longitude() == null) {
					continue;
				}
				Map<String, Object> point = new LinkedHashMap<>();
				point.put("code", i.project().code());
				point.put("title", i.project().title().in(locale));
				point.put("sector", view.sectors().get(i.project().sectorCode()).in(locale));
				point.put("owner", i.owner() == null ? null : i.owner().name().in(locale));
				point.put("ownerKind", i.owner() == null ? null : i.owner().kind().name());
				point.put("lat", i.latitude());
				point.put("lng", i.longitude());
				points.add(point);
			}
			return ResponseEntity.ok(points);
		}).orElse(ResponseEntity.notFound().build());
	}

	/** The gaps as map points: the commune's position, the sectors without a project and their deficits. */
	@GetMapping("/coordination/gaps.json")
	@ResponseBody
	ResponseEntity<List<Map<String, Object>>> gapPoints(@RequestParam String territory, Locale locale) {
		return coordination.of(territory).map(view -> {
			Map<String, Map<String, Object>> byCommune = new LinkedHashMap<>();
			for (Coordination.Gap g : view.gaps()) {
				if (g.commune().latitude() == null || g.commune().longitude() == null) {
					continue;
				}
				Map<String, Object> point = byCommune.computeIfAbsent(g.commune().code(), code -> {
					Map<String, Object> p = new LinkedHashMap<>();
					p.put("code", code);
					p.put("commune", g.commune().name().in(locale));
					p.put("lat", g.commune().latitude());
					p.put("lng", g.commune().longitude());
					p.put("sectors", new ArrayList<String>());
					return p;
				});
				@SuppressWarnings("unchecked")
				List<String> sectors = (List<String>) point.get("sectors");
				sectors.add(sectorName(view, g.sectorCode(), locale) + " (" + String.join(", ", g.deficits().stream()
					.map(d -> d.indicator().in(locale)).toList()) + ")");
			}
			List<Map<String, Object>> points = new ArrayList<>(byCommune.values());
			return ResponseEntity.ok(points);
		}).orElse(ResponseEntity.notFound().build());
	}

	private static String sectorName(Coordination.View view, String sectorCode, Locale locale) {
		return view.sectors().containsKey(sectorCode) ? view.sectors().get(sectorCode).in(locale) : sectorCode;
	}

	@GetMapping("/coordination/export.xlsx")
	void export(@RequestParam String territory, Locale locale, HttpServletResponse response) throws IOException {
		Coordination.View view = coordination.of(territory).orElse(null);
		if (view == null) {
			response.sendError(404);
			return;
		}
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"coordination-" + view.territory().code() + "-"
				+ LocalDate.now() + ".xlsx\"");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
			Sheet table = workbook.createSheet(text("coordination.sheet.interventions", locale));
			header(table, locale, "prioritization.project", "agreement.code", "coordination.place", "coordination.sector",
					"coordination.owner", "coordination.ownerKind", "programming.cost", "coordination.status");
			int r = 1;
			for (Coordination.Intervention i : view.interventions()) {
				Row row = table.createRow(r++);
				row.createCell(0).setCellValue(i.project().title().in(locale));
				row.createCell(1).setCellValue(i.project().code());
				row.createCell(2).setCellValue(i.place() == null ? i.project().territoryCode() : i.place().name().in(locale));
				row.createCell(3).setCellValue(view.sectors().get(i.project().sectorCode()).in(locale));
				row.createCell(4).setCellValue(i.owner() == null ? "" : i.owner().name().in(locale));
				row.createCell(5).setCellValue(text("coordination.kind." + (i.owner() == null ? "UNKNOWN" : i.owner().kind().name()), locale));
				row.createCell(6).setCellValue(i.project().cost().doubleValue());
				row.createCell(7).setCellValue(i.project().status().name());
			}
			Sheet overlaps = workbook.createSheet(text("coordination.sheet.overlaps", locale));
			header(overlaps, locale, "coordination.place", "coordination.sector", "coordination.owners", "coordination.projects");
			r = 1;
			for (Coordination.Overlap o : view.overlaps()) {
				Row row = overlaps.createRow(r++);
				row.createCell(0).setCellValue(o.place() == null ? "" : o.place().name().in(locale));
				row.createCell(1).setCellValue(view.sectors().get(o.sectorCode()).in(locale));
				row.createCell(2).setCellValue(String.join(" ; ", o.owners().stream().map(x -> x.name().in(locale)).toList()));
				row.createCell(3).setCellValue(String.join(" ; ", o.interventions().stream().map(x -> x.project().code()).toList()));
			}
			Sheet gaps = workbook.createSheet(text("coordination.sheet.gaps", locale));
			header(gaps, locale, "coordination.place", "coordination.sector", "coordination.indicator", "coordination.year",
					"coordination.value", "coordination.goal", "coordination.deficitPercent");
			r = 1;
			for (Coordination.Gap g : view.gaps()) {
				for (SectorDeficits.SectorDeficit d : g.deficits()) {
					Row row = gaps.createRow(r++);
					row.createCell(0).setCellValue(g.commune().name().in(locale));
					row.createCell(1).setCellValue(sectorName(view, g.sectorCode(), locale));
					row.createCell(2).setCellValue(d.indicator().in(locale));
					row.createCell(3).setCellValue(d.year());
					row.createCell(4).setCellValue(d.value());
					row.createCell(5).setCellValue(d.goal());
					if (d.percentOfGoal() != null) {
						row.createCell(6).setCellValue(d.percentOfGoal());
					}
				}
			}
			workbook.write(response.getOutputStream());
			workbook.dispose();
		}
	}

	private void header(Sheet sheet, Locale locale, String... keys) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < keys.length; i++) {
			row.createCell(i).setCellValue(text(keys[i], locale));
		}
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static String defaultTerritory() {
		List<ScopedRole> roles = Authorizations.current().roles();
		return roles.stream().max(java.util.Comparator.comparingInt(r -> r.scopePath().length()))
			.map(ScopedRole::territoryCode).orElse("MA");
	}
}
