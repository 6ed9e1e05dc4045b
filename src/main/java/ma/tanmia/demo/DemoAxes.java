package ma.tanmia.demo;

import java.util.ArrayList;
import java.util.List;

import ma.tanmia.demo.ProgramSpec.Node;

import static ma.tanmia.demo.ProgramSpec.Node.axis;
import static ma.tanmia.demo.ProgramSpec.Node.sub;

/** The structure (axes and sub-programs) of the demonstration programs. */
final class DemoAxes {

	/**
	 * A communal action program: infrastructure, social services, economy, environment, and for
	 * the larger urban communes the commune's own governance.
	 */
	static List<Node> communal(boolean rural, boolean governance) {
		List<Node> axes = new ArrayList<>();
		axes.add(axis("A1", "البنيات التحتية والتجهيزات الأساسية", "Infrastructures et équipements de base",
				sub("A1.1", rural ? "فك العزلة: الطرق والمسالك" : "الطرق والأزقة",
						rural ? "Désenclavement : routes et pistes" : "Voirie urbaine"),
				sub("A1.2", "الشبكات: الماء والتطهير والكهرباء والإنارة",
						"Réseaux : eau, assainissement, électricité et éclairage")));
		axes.add(axis("A2", "التنمية الاجتماعية والرياضية والثقافية", "Développement social, sportif et culturel",
				sub("A2.1", "الرياضة والشباب والثقافة", "Sport, jeunesse et culture"),
				sub("A2.2", "خدمات القرب: الصحة والتعليم والمرأة", "Services de proximité : santé, éducation, femmes")));
		axes.add(rural
				? axis("A3", "التنمية الاقتصادية والفلاحية", "Développement économique et agricole")
				: axis("A3", "التنمية الاقتصادية وتحسين الجاذبية", "Développement économique et attractivité"));
		axes.add(axis("A4", "البيئة وتحسين إطار العيش", "Environnement et cadre de vie"));
		if (governance) {
			axes.add(axis("A5", "الحكامة وتحديث الإدارة الجماعية", "Gouvernance et modernisation de l'administration communale"));
		}
		return List.copyOf(axes);
	}

	static List<Node> prefectural() {
		return List.of(
				axis("P1", "فك العزلة وتقوية البنيات الطرقية", "Désenclavement et infrastructures routières"),
				axis("P2", "الماء والكهرباء والتطهير بالوسط القروي وشبه الحضري",
						"Eau, électricité et assainissement en milieu rural et périurbain"),
				axis("P3", "التنمية الاجتماعية والبشرية", "Développement social et humain",
						sub("P3.1", "الصحة", "Santé"),
						sub("P3.2", "التمدرس والنقل المدرسي", "Scolarisation et transport scolaire")),
				axis("P4", "الأنشطة الاقتصادية والتشغيل", "Activités économiques et emploi"));
	}

	static List<Node> regional2016() {
		return List.of(
				axis("R1", "البنيات التحتية والتجهيزات المهيكلة", "Infrastructures et équipements structurants"),
				axis("R2", "التنمية الاقتصادية وتحفيز الاستثمار والتشغيل",
						"Développement économique, investissement et emploi"),
				axis("R3", "التنمية القروية وتقليص الفوارق المجالية",
						"Développement rural et réduction des disparités territoriales",
						sub("R3.1", "برنامج تقليص الفوارق المجالية والاجتماعية بالوسط القروي",
								"Programme de réduction des disparités territoriales et sociales en milieu rural")),
				axis("R4", "التنمية الاجتماعية", "Développement social"),
				axis("R5", "البيئة والتنمية المستدامة", "Environnement et développement durable"));
	}

	/** The seven axes of the Souss-Massa PDR 2022–2027 (brief), with a few sub-programs. */
	static List<Node> regional2022() {
		return List.of(
				axis("X1", "البنيات التحتية الاقتصادية", "Infrastructures économiques",
						sub("X1.1", "المناطق الصناعية واللوجستيكية", "Zones industrielles et logistiques")),
				axis("X2", "المقاولة والتشغيل والابتكار والاقتصاد الاجتماعي والتضامني",
						"Entreprise, emploi, innovation et économie sociale et solidaire"),
				axis("X3", "الإنصاف المجالي", "Équité territoriale",
						sub("X3.1", "فك العزلة عن العالم القروي", "Désenclavement du monde rural"),
						sub("X3.2", "تأهيل المراكز القروية الصاعدة", "Mise à niveau des centres ruraux émergents")),
				axis("X4", "البيئة والماء", "Environnement et eau",
						sub("X4.1", "الماء الصالح للشرب والتطهير السائل", "Eau potable et assainissement liquide"),
						sub("X4.2", "الحماية من الفيضانات", "Protection contre les inondations")),
				axis("X5", "المجال الاجتماعي", "Social",
						sub("X5.1", "الصحة", "Santé"),
						sub("X5.2", "الشباب والرياضة", "Jeunesse et sport")),
				axis("X6", "الثقافة الأمازيغية", "Culture amazighe"),
				axis("X7", "الحكامة", "Gouvernance"));
	}

	private DemoAxes() {
	}
}
