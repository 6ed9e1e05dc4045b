package ma.tanmia.project;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArabicTextTests {

	@Test
	void hamza_alef_ta_marbuta_and_diacritics_fold_to_one_spelling() {
		assertThat(ArabicText.fold("مُؤَسَّسَة")).isEqualTo(ArabicText.fold("موسسه"));
		assertThat(ArabicText.fold("إصلاح الطريق المؤدية")).isEqualTo(ArabicText.fold("اصلاح الطريق المودية"));
		assertThat(ArabicText.fold("أكادير")).isEqualTo(ArabicText.fold("اكادير"));
		assertThat(ArabicText.fold("مستشفى")).isEqualTo(ArabicText.fold("مستشفي"));
		assertThat(ArabicText.fold("الجماعـــة")).isEqualTo(ArabicText.fold("الجماعة"));
	}

	@Test
	void french_folds_case_and_accents() {
		assertThat(ArabicText.fold("Aït Melloul — Électrification")).isEqualTo("ait melloul electrification");
	}

	@Test
	void a_query_keeps_words_of_two_letters_or_more() {
		assertThat(ArabicText.words("  الماء  و  Eau potable ")).containsExactly("الما", "eau", "potable");
		assertThat(ArabicText.fold("ماء")).isEqualTo(ArabicText.fold("ما"));
	}
}
