package ma.tanmia.consultation;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Proposals: read by anyone under /public, filed, supported, reported, moderated and answered when signed in. */
@Controller
class ProposalController {

	static final int PAGE_SIZE = 30;

	private final Proposals proposals;
	private final Comments comments;
	private final TerritoryScope scope;
	private final Priorities priorities;

	ProposalController(Proposals proposals, Comments comments, TerritoryScope scope, Priorities priorities) {
		this.scope = scope;
		this.priorities = priorities;
		this.proposals = proposals;
		this.comments = comments;
	}

	@GetMapping("/public/proposals")
	String list(@RequestParam(required = false) String territory, @RequestParam(required = false) ProposalStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String path = scope.pathOf(territory);
		var rows = proposals.page(path, status, page, PAGE_SIZE);
		model.addAttribute("proposals", rows);
		model.addAttribute("countStopped", rows.getTotalElements() > rows.getPageable().getOffset() + Proposals.COUNT_AHEAD);
		model.addAttribute("territory", path == null ? null : territory.strip());
		model.addAttribute("status", status);
		model.addAttribute("statuses", ProposalStatus.values());
		model.addAttribute("territoryNames", names(rows.getContent().stream().map(Proposal::territoryCode).toList()));
		model.addAttribute("mapCentre", scope.unit(territory).orElse(null));
		return "consultation/proposals";
	}

	@GetMapping("/public/proposals/{id}")
	String proposal(@PathVariable long id, Authentication authentication, Model model) {
		Proposal proposal = proposals.find(id).orElseThrow(() -> new ConsultationNotFound("proposal " + id));
		String me = Accounts.nameOf(authentication);
		boolean moderator = Proposals.mayModerate(proposal.territoryPath());
		if (proposal.hidden() && !moderator && !proposal.author().equals(me)) {
			throw new ConsultationNotFound("proposal " + id);
		}
		model.addAttribute("proposal", proposal);
		List<Proposals.Answer> answers = proposals.answers(id);
		model.addAttribute("answers", answers);
		model.addAttribute("answerPriorities", priorities.named(
				answers.stream().map(Proposals.Answer::priorityProgramId).filter(java.util.Objects::nonNull).toList(),
				answers.stream().map(Proposals.Answer::priorityNodeId).filter(java.util.Objects::nonNull).toList()));
		model.addAttribute("chain", priorities.chain(proposal.priorityProgramId(), proposal.priorityNodeId()).orElse(null));
		model.addAttribute("supported", proposals.supportedBy(id, me));
		model.addAttribute("mayModerate", moderator);
		boolean mayAnswer = Proposals.mayAnswer(proposal.territoryPath());
		model.addAttribute("mayAnswer", mayAnswer);
		model.addAttribute("priorityChoices", mayAnswer ? priorities.choicesFor(proposal.territoryPath()) : List.of());
		model.addAttribute("answerStatuses", ProposalStatus.ANSWERS);
		model.addAttribute("territoryNames", names(List.of(proposal.territoryCode())));
		model.addAttribute("comments", proposal.hidden() ? List.of() : comments.on(Comments.Subject.PROPOSAL, String.valueOf(id)));
		model.addAttribute("commentSubject", "PROPOSAL");
		model.addAttribute("commentKey", String.valueOf(id));
		return "consultation/proposal";
	}

	@GetMapping("/consultation/proposals/new")
	String newForm(Model model) {
		model.addAttribute("categories", ProposalCategory.values());
		return "consultation/proposal-form";
	}

	@PostMapping("/consultation/proposals")
	String submit(@RequestParam(required = false) String title, @RequestParam(required = false) String body,
			@RequestParam(required = false) ProposalCategory category, @RequestParam(required = false) String territoryCode,
			@RequestParam(required = false) BigDecimal latitude, @RequestParam(required = false) BigDecimal longitude,
			Authentication who, Model model) {
		try {
			long id = proposals.submit(who.getName(), title, body, category, territoryCode, latitude, longitude, false);
			return "redirect:/public/proposals/" + id;
		}
		catch (ConsultationRefused refused) {
			model.addAttribute("error", refused.messageKey);
			model.addAttribute("categories", ProposalCategory.values());
			model.addAttribute("title", title);
			model.addAttribute("body", body);
			model.addAttribute("category", category);
			model.addAttribute("territoryCode", territoryCode);
			model.addAttribute("latitude", latitude);
			model.addAttribute("longitude", longitude);
			return "consultation/proposal-form";
		}
	}

	@GetMapping("/consultation/proposals/mine")
	String mine(Authentication who, Model model) {
		List<Proposal> mine = proposals.byAuthor(who.getName());
		model.addAttribute("proposals", mine);
		model.addAttribute("territoryNames", names(mine.stream().map(Proposal::territoryCode).toList()));
		model.addAttribute("mapCentre", null);
		model.addAttribute("located", mine.stream().anyMatch(p -> p.latitude() != null && !p.hidden()));
		return "consultation/my-proposals";
	}

	@PostMapping("/consultation/proposals/{id}/support")
	String support(@PathVariable long id, Authentication who, RedirectAttributes redirect) {
		return outcome(id, redirect, () -> proposals.support(id, who.getName()));
	}

	@PostMapping("/consultation/proposals/{id}/report")
	String report(@PathVariable long id, @RequestParam(required = false) String reason, Authentication who,
			RedirectAttributes redirect) {
		return outcome(id, redirect, () -> proposals.report(id, who.getName(), reason));
	}

	@PostMapping("/consultation/proposals/{id}/hide")
	String hide(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return outcome(id, redirect, () -> proposals.hide(id, reason));
	}

	@PostMapping("/consultation/proposals/{id}/restore")
	String restore(@PathVariable long id, RedirectAttributes redirect) {
		return outcome(id, redirect, () -> proposals.restore(id));
	}

	@PostMapping("/consultation/proposals/{id}/merge")
	String merge(@PathVariable long id, @RequestParam long into, RedirectAttributes redirect) {
		return outcome(id, redirect, () -> proposals.merge(id, into));
	}

	@PostMapping("/consultation/proposals/{id}/answer")
	String answer(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) ProposalStatus status,
			@RequestParam(required = false) String text, @RequestParam(required = false) String projectCode,
			@RequestParam(required = false) Long priority, Authentication who, RedirectAttributes redirect) {
		return outcome(id, redirect, () -> proposals.answer(id, version, status, text, projectCode, priority, who.getName()));
	}

	private static String outcome(long id, RedirectAttributes redirect, Runnable change) {
		return Outcome.redirect(redirect, "/public/proposals/" + id, change);
	}

	private java.util.Map<String, ma.tanmia.shared.LocalizedName> names(List<String> codes) {
		return scope.names(codes);
	}
}
