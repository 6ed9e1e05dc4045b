package ma.tanmia.program;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ma.tanmia.shared.LocalizedName;
import ma.tanmia.territory.Territories;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Programs: the list a person may see, opening one, its phases and its axes and sub-programs. */
@Controller
@RequestMapping("/programs")
class ProgramController {

	private final Programs programs;
	private final Territories territories;

	ProgramController(Programs programs, Territories territories) {
		this.programs = programs;
		this.territories = territories;
	}

	@GetMapping
	String list(@RequestParam(required = false) String mandate, Model model) {
		List<Program> visible = programs.visible(mandate == null || mandate.isBlank() ? null : mandate, null);
		model.addAttribute("programs", visible);
		model.addAttribute("mandate", mandate);
		model.addAttribute("mandates", programs.mandates());
		model.addAttribute("territories", territories.findAll(visible.stream().map(Program::territoryCode).distinct().toList())
			.stream().collect(java.util.stream.Collectors.toMap(t -> t.code(), t -> t)));
		return "program/list";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("kinds", ProgramKind.values());
		model.addAttribute("mandates", programs.mandates());
		return "program/new";
	}

	@PostMapping
	String open(@RequestParam String code, @RequestParam ProgramKind kind, @RequestParam String mandate,
			@RequestParam String territoryCode, @RequestParam(required = false) String ownerOrgCode,
			@RequestParam String titleAr, @RequestParam String titleFr, Model model) {
		try {
			if (code.isBlank() || titleAr.isBlank() || titleFr.isBlank()) {
				throw new Programs.Refused("form.hasErrors");
			}
			Program program = programs.open(code.trim().toUpperCase(java.util.Locale.ROOT), kind, mandate,
					territoryCode.trim(), ownerOrgCode == null || ownerOrgCode.isBlank() ? null : ownerOrgCode.trim(),
					new LocalizedName(titleAr.trim(), titleFr.trim(), null), false);
			return "redirect:/programs/" + program.id();
		}
		catch (Programs.Refused refused) {
			model.addAttribute("error", refused.messageKey);
			model.addAttribute("values", Map.of("code", code, "kind", kind, "mandate", mandate, "territoryCode",
					territoryCode, "ownerOrgCode", ownerOrgCode == null ? "" : ownerOrgCode, "titleAr", titleAr, "titleFr",
					titleFr));
			return newForm(model);
		}
	}

	@GetMapping("/{id}")
	String program(@PathVariable long id, Model model) {
		Program program = programs.find(id).orElseThrow(() -> new Programs.Refused("program.unknown"));
		if (!programs.maySee(program)) {
			throw new AccessDeniedException("Program outside the reader's scopes");
		}
		model.addAttribute("program", program);
		model.addAttribute("territory", territories.find(program.territoryCode()).orElseThrow());
		model.addAttribute("nodes", programs.nodes(id));
		Map<ProgramPhase, Programs.PhaseRecord> recorded = new java.util.EnumMap<>(ProgramPhase.class);
		programs.phases(id).forEach(p -> recorded.put(p.phase(), p));
		model.addAttribute("phases", ProgramPhase.values());
		model.addAttribute("recorded", recorded);
		model.addAttribute("mayEdit", programs.mayEdit(program));
		return "program/page";
	}

	@PostMapping("/{id}/phases")
	String recordPhase(@PathVariable long id, @RequestParam ProgramPhase phase,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
			@RequestParam(required = false) String deliberationNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
			@RequestParam(required = false) String note, Authentication who, RedirectAttributes redirect) {
		try {
			programs.recordPhase(id, new Programs.PhaseRecord(phase, startedOn, completedOn, deliberationNumber,
					decisionDate, note, null, null), who.getName());
			redirect.addFlashAttribute("saved", true);
		}
		catch (Programs.Refused refused) {
			redirect.addFlashAttribute("error", refused.messageKey);
		}
		return "redirect:/programs/" + id + "#phases";
	}

	@PostMapping("/{id}/nodes")
	String addNode(@PathVariable long id, @RequestParam(required = false) Long parentId, @RequestParam String code,
			@RequestParam String titleAr, @RequestParam String titleFr, RedirectAttributes redirect) {
		try {
			if (code.isBlank() || titleAr.isBlank() || titleFr.isBlank()) {
				throw new Programs.Refused("form.hasErrors");
			}
			programs.addNode(id, parentId, code.trim(), new LocalizedName(titleAr.trim(), titleFr.trim(), null));
			redirect.addFlashAttribute("saved", true);
		}
		catch (Programs.Refused refused) {
			redirect.addFlashAttribute("error", refused.messageKey);
		}
		return "redirect:/programs/" + id + "#structure";
	}

	@ExceptionHandler(Programs.Refused.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String unknown(Model model) {
		model.addAttribute("status", 404);
		return "error";
	}
}
