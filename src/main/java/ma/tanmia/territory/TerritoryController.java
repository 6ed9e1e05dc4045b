package ma.tanmia.territory;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The territory browser: a tree that unfolds on demand, a page per unit, its edit form and the import. */
@Controller
@RequestMapping("/territories")
class TerritoryController {

	static final int CHILDREN_PAGE_SIZE = 50;
	static final String COUNTRY = "MA";

	private final Territories territories;
	private final TerritoryEditing editing;
	private final TerritoryImport territoryImport;

	TerritoryController(Territories territories, TerritoryEditing editing, TerritoryImport territoryImport) {
		this.territories = territories;
		this.editing = editing;
		this.territoryImport = territoryImport;
	}

	@GetMapping
	String tree(Model model, Locale locale) {
		model.addAttribute("root", territories.find(COUNTRY).orElseThrow());
		model.addAttribute("nodes", territories.children(COUNTRY, 0, 200, locale).getContent());
		return "territory/tree";
	}

	/** The children of a node, as list items, fetched by htmx when the node is opened. */
	@GetMapping("/{code}/tree")
	String branch(@PathVariable String code, Model model, Locale locale) {
		model.addAttribute("nodes", territories.children(code, 0, 200, locale).getContent());
		return "territory/tree :: nodes";
	}

	@GetMapping("/{code}")
	String unit(@PathVariable String code, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		Territory unit = territories.find(code).orElseThrow(() -> new TerritoryEditing.UnitNotFound(code));
		model.addAttribute("unit", unit);
		model.addAttribute("ancestors", territories.ancestors(code));
		model.addAttribute("children", territories.children(code, page, CHILDREN_PAGE_SIZE, locale));
		model.addAttribute("recordedCommunes", territories.countInSubtree(code, TerritoryLevel.COMMUNE));
		model.addAttribute("mayEdit", TerritoryEditing.mayEdit(unit.path()));
		return "territory/unit";
	}

	static class UnitForm {

		@NotBlank
		@Size(max = 200)
		String nameAr;
		@NotBlank
		@Size(max = 200)
		String nameFr;
		@Size(max = 200)
		String nameTzm;
		@DecimalMin("20") @DecimalMax("36.5")
		BigDecimal latitude;
		@DecimalMin("-17.5") @DecimalMax("-0.5")
		BigDecimal longitude;
		@Min(0)
		Integer population2014;
		@Min(0)
		Integer population2024;
		@NotNull
		Long version;

		static UnitForm of(TerritorialUnit.Description d, long version) {
			UnitForm form = new UnitForm();
			form.nameAr = d.nameAr();
			form.nameFr = d.nameFr();
			form.nameTzm = d.nameTzm();
			form.latitude = d.latitude();
			form.longitude = d.longitude();
			form.population2014 = d.population2014();
			form.population2024 = d.population2024();
			form.version = version;
			return form;
		}

		TerritorialUnit.Description description() {
			return new TerritorialUnit.Description(nameAr, nameFr, nameTzm, latitude, longitude, population2014,
					population2024);
		}

		// Accessors for data binding and templates.
		public String getNameAr() { return nameAr; }
		public void setNameAr(String v) { nameAr = v; }
		public String getNameFr() { return nameFr; }
		public void setNameFr(String v) { nameFr = v; }
		public String getNameTzm() { return nameTzm; }
		public void setNameTzm(String v) { nameTzm = v; }
		public BigDecimal getLatitude() { return latitude; }
		public void setLatitude(BigDecimal v) { latitude = v; }
		public BigDecimal getLongitude() { return longitude; }
		public void setLongitude(BigDecimal v) { longitude = v; }
		public Integer getPopulation2014() { return population2014; }
		public void setPopulation2014(Integer v) { population2014 = v; }
		public Integer getPopulation2024() { return population2024; }
		public void setPopulation2024(Integer v) { population2024 = v; }
		public Long getVersion() { return version; }
		public void setVersion(Long v) { version = v; }
	}

	@GetMapping("/{code}/edit")
	String editForm(@PathVariable String code, Model model) {
		TerritorialUnit unit = editing.editable(code);
		model.addAttribute("form", UnitForm.of(unit.description(), unit.version()));
		return editView(code, model);
	}

	@PostMapping("/{code}")
	String edit(@PathVariable String code, @Valid @ModelAttribute("form") UnitForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		editing.editable(code);
		if (errors.hasErrors()) {
			return editView(code, model);
		}
		try {
			editing.describe(code, form.description(), form.version);
		}
		catch (TerritoryEditing.EditConflict conflict) {
			model.addAttribute("conflict", conflict.current);
			form.version = conflict.currentVersion;
			return editView(code, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/territories/" + code;
	}

	private String editView(String code, Model model) {
		model.addAttribute("unit", territories.find(code).orElseThrow());
		return "territory/edit";
	}

	@GetMapping("/import")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String importForm() {
		return "territory/import";
	}

	@PostMapping("/import")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		String name = file.getOriginalFilename() == null ? "territories.csv" : file.getOriginalFilename();
		model.addAttribute("fileName", name);
		if (file.isEmpty()) {
			model.addAttribute("problems", java.util.List.of(ImportProblem.at(1, null, "import.error.file.empty")));
			return "territory/import";
		}
		try {
			model.addAttribute("result", territoryImport.importCsv(file.getInputStream(), name));
		}
		catch (TerritoryImportRejected rejected) {
			model.addAttribute("problems", rejected.problems());
		}
		return "territory/import";
	}

	@ExceptionHandler(TerritoryEditing.UnitNotFound.class)
	@ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}
}
