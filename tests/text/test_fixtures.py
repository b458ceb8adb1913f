"""Annotated fixtures (our own fictional copy, five languages): what reading finds, and byte-exact round trips."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsschema import text

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.txt"))


def _expected(path: Path) -> dict[str, Any]:
    return json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_there_are_at_least_40_fixtures_in_five_languages() -> None:
    assert len(FIXTURES) >= 40
    assert {_expected(path)["language"] for path in FIXTURES} >= {"id", "en", "de", "es", "fr"}


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: path.stem)
def test_fixture_round_trips_byte_exact(path: Path) -> None:
    data = path.read_bytes()
    article = text.read(data)
    assert text.write(article).encode("utf-8") == data
    assert text.read(text.write(article)) == article


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: path.stem)
def test_fixture_structure(path: Path) -> None:
    expected = _expected(path)
    article = text.read(path.read_bytes())
    assert [(c.label, c.credit) for c in article.captions] == [(c["label"], c["credit"]) for c in expected["captions"]]
    assert (article.dateline.printed if article.dateline else None) == expected["dateline"]
    assert [source.printed for source in article.sources] == expected["sources"]


def _who(quote: Any) -> str | None:
    """Who said it: the resolved speaker, else the printed one (an unresolved pronoun names nobody)."""
    if quote.resolved_speaker is not None:
        return " ".join(quote.resolved_speaker.split()).casefold()
    if quote.speaker is None or text.cue_table_for(None).is_pronoun(quote.speaker.text):
        return None
    return " ".join(quote.speaker.text.split()).casefold()


def _annotated(name: str | None) -> str | None:
    return None if name is None else " ".join(name.split()).casefold()


def test_direct_quotes_with_the_right_speaker_meet_the_bar() -> None:
    """The issue's goal: at least 95% precision and 90% recall (here on our own, tuned fixtures)."""
    found = expected = hits = 0
    for path in FIXTURES:
        article = text.read(path.read_bytes())
        got = [(q.text, _who(q)) for q in article.quotes if q.kind.value in ("direct", "mixed")]
        # Words in marks count as direct on both sides, as in bench/extraction.py.
        want = [
            (q["text"], _annotated(q["speaker"])) for q in _expected(path)["quotes"] if q["kind"] in ("direct", "mixed")
        ]
        found += len(got)
        expected += len(want)
        hits += sum(1 for item in got if item in want)
    assert hits / found >= 0.95
    assert hits / expected >= 0.90


def test_later_mentions_resolve_to_the_full_name_and_pronouns_respect_gender() -> None:
    """``Lindqvist`` after ``Mr. Tobias Lindqvist`` is him in full; ``she`` skips the man named with ``Mr.``."""
    path = Path(__file__).parent / "fixtures" / "en_full_name_gender.txt"
    quotes = [q for q in text.read(path.read_bytes()).quotes if q.kind.value == "direct"]
    assert [(q.speaker.text if q.speaker else None, q.resolved_speaker) for q in quotes] == [
        ("she", "Priya Ramaswamy"),
        ("Lindqvist", "Tobias Lindqvist"),
    ]


def test_reported_clauses_after_a_subject_and_a_cue_are_indirect_quotes() -> None:
    """``X said …``, ``X told reporters that …``, ``In a statement, the port authority said …``, ``…, según ha
    informado este miércoles el sindicato CSIF``."""
    for name in ("en_said_that", "id_said_that_place", "es_segun_ha_informado_names_the_source"):
        path = Path(__file__).parent / "fixtures" / f"{name}.txt"
        found = [(q.text, _who(q)) for q in text.read(path.read_bytes()).quotes if q.kind.value == "indirect"]
        want = [(q["text"], _annotated(q["speaker"])) for q in _expected(path)["quotes"] if q["kind"] == "indirect"]
        assert found == want


def test_words_of_a_clause_are_never_a_speaker() -> None:
    """A scan that runs into a clause ("por su parte que") gives no speaker: the person last introduced said it."""
    copy = (
        "El juicio ha continuado con la declaración de la exsecretaria municipal, Remedios Lozano Vera.\n\n"
        "Lozano, que ha comparecido como testigo, ha explicado por su parte que avisó por escrito de que el pliego "
        '"dejaba fuera a cualquier empresa local".'
    )
    (quote,) = text.read(copy).quotes
    assert quote.speaker is None
    assert quote.resolved_speaker is not None
    assert quote.resolved_speaker.endswith("Lozano Vera")


def test_a_place_is_never_the_one_a_description_stands_for() -> None:
    """A dateline the reader does not know ("(Xyz)") stays in the text: its place is still no one who speaks."""
    copy = (
        "BUENOS AIRES (Xyz) – Rosario Central le ganó 2-1 a Banfield en el Gigante de Arroyito.\n\n"
        '"Estaba esperando este momento desde marzo", dijo el delantero tras el partido.'
    )
    (quote,) = text.read(copy).quotes
    assert quote.speaker is not None
    assert quote.speaker.text == "el delantero"
    assert quote.resolved_speaker is None


def test_a_byline_over_a_story_without_a_dateline_is_a_byline() -> None:
    """``Von Jana Oberreiter`` alone over the story names the reporter; a sentence opening with ``Von`` stays body."""
    path = Path(__file__).parent / "fixtures" / "de_byline_without_dateline.txt"
    article = text.read(path.read_bytes())
    assert [byline.printed for byline in article.bylines] == ["Von Jana Oberreiter"]
    assert [person.name for person in article.bylines[0].people] == ["Jana Oberreiter"]
    assert not text.read("Von Montag an gilt der neue Fahrplan.\n\nDie Bahn rechnet mit Verspätungen.").bylines
    assert not text.read("By , ,\n\nSome text here.").bylines  # no name, no byline


def test_spanish_dialogue_dashes_carry_the_cue() -> None:
    """``—Nadie … —respondió Tomás Berrocal, …`` and ``“El agua existe —dijo …—, pero …”``: two parts, one speaker."""
    path = Path(__file__).parent / "fixtures" / "es_dialogue_dash.txt"
    quotes = text.read(path.read_bytes()).quotes
    assert [len(q.parts) for q in quotes] == [1, 1, 2]
    assert [_who(q) for q in quotes] == ["una agricultora", "tomás berrocal", "inmaculada reyes"]


@pytest.mark.parametrize(
    "stem",
    [
        "fr_mais_second_clause",
        "es_frame_with_article",
        "en_but_said_and_rev",
        "en_informed_antara",
        "en_surname_opens_sentence",
    ],
)
def test_fourth_round_rules_give_the_right_speaker_and_cue(stem: str) -> None:
    """``mais a jugé``, ``afirmó en la sala de prensa``, ``… but said`` name no new speaker; ``informed`` cues."""
    path = Path(__file__).parent / "fixtures" / f"{stem}.txt"
    got = [(q.text, _who(q), q.cue.text if q.cue else None) for q in text.read(path.read_bytes()).quotes]
    want = [(q["text"], _annotated(q["speaker"]), q["cue"]) for q in _expected(path)["quotes"]]
    assert got == want


@pytest.mark.parametrize(
    "stem",
    [
        "de_affiliation_no_cue",
        "id_name_then_clause",
        "en_apposition_relative",
        "es_addressee_agent",
        "fr_fronted_source",
        "en_generic_and_short_form",
        "es_addressee_press",
        "de_article_gender",
        "de_closed_sentence_separable",
        "id_long_titles_unnamed",
        "en_long_apposition_acronym",
        "es_plural_imperfect",
        "fr_time_description_ship",
        "en_participle_relative_nickname",
        "id_nickname_demikian",
        "de_party_subjunctive",
        "fr_elision_antecedent",
        "es_lawyer_addressee",
        "en_place_particle_unnamed",
        "id_nickname_reply_mama",
        "fr_acronym_articles",
        "es_frame_a_los",
        "en_statement_frame_new_description",
        "es_genitive_description",
        "id_kiai_hi_region_chain",
        "en_long_title_before_name",
        "de_topic_after_preposition",
        "fr_passe_compose_surname_apposition",
        "en_party_tag_participle",
        "id_frame_before_cue",
        "de_nationality_description",
        "en_age_description_object",
        "de_named_in_paragraph",
        "es_segun_dijo",
        "de_bare_description_bodies",
        "en_embedded_report_apposition",
        "en_fronted_adverb_next_report",
        "es_fronted_phrase_fiscalia",
        "id_day_after_name_frame_before_cue",
        "en_long_office_before_name",
        "fr_incise_inside_guillemets",
        "es_addressee_titular",
        "fr_plural_cue_stressed_pronoun",
        "id_complement_apposed_object",
        "de_party_after_name",
        "id_sendiri_demonstrative",
        "en_relative_colon_demonym",
        "es_colon_paragraph",
        "id_month_not_speaker",
        "de_double_surname_short",
        "en_inner_report_document",
        "de_object_first_quantifier",
        "fr_passive_apposition",
        "de_long_title_place_list",
        "es_inner_clause_nested_close",
        "id_doubled_apostrophes",
        "de_fronted_inversion_objects",
        "id_title_alone_es_mandatario",
        "es_generic_office_fr_plaisante",
        "en_ampersand_firm_affiliation",
        "es_desde_addressee_agency",
        "es_ruling_court",
        "en_which_short_form",
        "fr_relative_colon_es_preguntas",
        "id_lowercase_description_frame_name",
        "de_verb_then_pronoun_adverb",
        "es_y_agrego",
        "fr_trailing_comma_imperfect",
        "es_addressee_then_speaker",
        "es_present_cues_ruling",
        "es_colloquial_cues",
        "de_defendant_not_defence_lawyer",
        "de_age_adjective_before_name",
        "de_title_after_von_colon_no_cue",
        "de_en_indefinite_official_pronoun",
        "en_reported_then_own_words",
        "en_possessive_office_named_next",
        "en_team_title_name_relative",
        "de_office_apposition_compound_reflexive",
        "id_request_not_attribution_politikus",
        "en_called_passive_school_another",
        "fr_a_admis",
        "es_dt_entrenador",
        "de_initial_fraktion",
        "id_pronoun_frame_no_apposition",
        "en_short_form_relative_one_tenant",
        "es_shared_subject",
        "fr_earlier_pronoun_pluperfect",
        "de_liess_erklaeren_subjunctive",
        "id_auxiliary_clause_no_speaker_boru",
        "en_party_abbreviation_bracketed_title",
        "es_fr_conjunction_same_office",
        "en_demonym_party_descriptions",
        "es_agency_addressee_relative_que",
        "en_postnominal_state_short_form_office",
        "de_torschuetze",
        "en_fr_institution_aupres",
        "en_street_not_antecedent",
        "id_pronoun_not_acronym_body",
        "de_es_compound_not_person_del",
        "de_coach_is_trainer",
        "de_fronted_adverb_dann",
        "es_clitic_before_cue_dash_reply",
        "en_party_tag_before_relative",
        "es_fr_named_storm_not_quote",
        "fr_object_relative_and_side_of",
        "de_perfect_cues",
        "en_description_lead_apposed_name",
        "en_demonym_two_paragraphs_team",
        "id_police_ranks",
        "es_colon_subject_office_adjective",
        "de_via_lawyer_initial",
        "en_copula_colon_subject",
        "en_possessor_apposition",
        "id_region_not_person",
        "fr_pronominal_perfect_agreement",
        "de_unnamed_witness_relative",
        "de_inverted_copula_colon",
        "en_delayed_lede_age",
        "en_its_officer_named_after",
        "fr_shared_subject_se_dit_appele",
        "es_para_source_addressee_outlet",
        "de_defendant_unnamed_let_explain",
        "en_name_suffix_jr",
        "en_court_named_in_lede",
        "en_affiliation_du_age_relative",
        "en_aged_position_description",
        "de_institute_fuer_name_colon",
        "id_demonstrative_politician_suggests",
        "de_answered_after_fronted_question",
        "de_defendant_answers_judge",
        "de_time_phrase_not_person",
        "de_revealed_fronted_time",
        "es_clitic_before_cue_addressee_paper",
        "en_council_member_he",
        "de_outlet_told_in_capitals",
        "de_descriptor_before_surname",
        "es_agency_dateline_telam",
        "de_nested_quote_described",
        "en_nested_quote_first_person",
        "en_hard_wrapped_indented_report",
        "es_nickname_in_marks",
        "de_described_speaker_then_frame",
        "es_europa_press_dateline_dash_line",
        "de_spiegel_source_trailer",
        "fr_ats_source_tag",
        "en_spokesman_for_body",
        "fr_contacted_by_outlet_relative_qui",
        "es_outlet_in_capitals_addressee",
        "en_body_short_form_three_word_office",
        "id_addressee_and_place_before_cue",
        "fr_perfect_dit_and_selon_lui",
        "en_according_to_her",
        "es_imperfect_cue_with_clitic",
        "en_possessive_in_apposition",
        "id_office_of_a_place_speaks",
        "fr_il_skips_a_woman_quoted_between",
        "en_short_form_before_said_then_it",
        "en_demonym_coach_for_manager",
        "id_nested_title_alone",
        "id_long_office_apposition_degree",
        "en_the_official_introduced_unnamed",
        "en_her_honour_and_unnamed_mother",
        "es_dt_of_the_club",
        "fr_juge_adverb_two_roles_elided_body",
        "de_inverted_pronoun_after_place",
        "en_cr_councillor_abbreviation",
        "id_titled_subject_then_nya",
        "de_demand_of_whom_not_speaker",
        "es_accused_plural_perfect_relative",
        "id_urged_and_menurutnya_program_label",
        "de_asked_the_judge",
        "fr_le_juge_then_le_magistrat",
        "id_teungku_haji_degree",
        "es_present_cue_feature",
        "de_compound_office_then_die_ministerin",
        "fr_frame_then_arabic_particle",
        "id_dr_and_spa_without_stops",
        "en_writing_that_and_what_they_call",
        "es_relative_que_with_frame",
        "id_day_names_in_marks",
        "id_described_politician_and_prefixed_verbs",
        "en_floating_after_partial_quote",
        "fr_addressee_la_rts",
        "de_confessed_the_striker",
        "es_mexican_dateline_parenthetical_dijo",
        "en_garda_rank_and_company_not_he",
        "fr_description_then_role_and_name",
        "id_titled_name_then_verb_and_office_frame",
        "de_darin_hiess_es",
        "id_penanggung_jawab_and_coach",
        "de_fronted_phrase_then_verb_and_name",
        "fr_cote_and_company_apposition",
        "de_adverbial_participle_after_speaker",
        "en_the_german_said",
        "es_consultado_respondio",
        "de_initial_then_through_lawyer",
        "fr_side_then_elided_body",
        "fr_court_monsieur_incise_frame",
        "de_aged_defendant_unnamed",
        "en_what_they_called_past",
        "id_menyebut_sebagai_judgement",
        "id_nested_teller_with_fillers",
        "de_nested_teller_perfect",
        "de_introduced_then_unattributed",
        "en_present_and_praise_cues",
        "fr_peste_incise",
        "de_present_feature_cues",
        "en_possessor_office_apposition",
        "es_academic_title_long_speaker",
        "en_justice_then_the_judge",
        "es_fiscal_apposition_then_the_accused",
        "fr_elided_relative_subject",
        "id_meminta_object_then_nya",
        "de_inverted_subject_participle_tail",
        "de_fronted_request_article_subject",
        "de_colon_after_inverted_name",
        "fr_prevenu_after_presidente",
        "de_through_named_lawyer",
        "fr_nested_first_person_elided",
        "de_nested_fronted_adverb_subject",
        "de_party_description_after_uncued_name",
        "id_dia_not_the_court",
        "en_adding_after_inverted_said",
        "fr_bare_role_then_own_verb",
        "fr_role_description_last_speaker",
        "fr_pronoun_after_acronym_body",
        "de_minister_told_agency",
        "de_reversed_guillemets_initiative_name",
        "id_nested_time_phrase_teller",
        "en_councillor_abbreviation",
        "id_affiliation_before_verb",
        "de_nested_fronted_irgendwann",
        "de_unlisted_incise_verb",
        "es_unlisted_incise_verb",
        "fr_unlisted_incise_verb",
        "es_asked_then_colon",
        "de_age_after_club_name",
        "en_team_boss_then_pronoun",
        "id_menurutnya_then_clitic",
        "id_degree_glued_initial",
        "de_told_the_paper_initials",
        "fr_maitre_surname",
        "fr_described_opening_then_quote",
        "de_described_opening_then_quote",
        "id_short_form_of_name",
        "en_aged_office_description",
        "en_judge_printed_as_title",
        "de_weekday_before_inverted_cue",
        "id_only_between_pronoun_and_cue",
        "fr_office_with_au_complement",
        "de_ordinal_inside_relative_clause",
        "es_quote_goes_on_with_guillemet",
        "id_ministry_short_forms",
        "en_acronym_office_then_name",
        "id_body_short_form_unspelled",
        "es_segun_then_verb",
        "fr_short_form_then_apposed_name",
        "de_object_before_cue",
        "es_afterwards_then_addressee",
        "en_party_town_and_country_appositions",
        "fr_elided_role_then_name",
        "de_relative_clause_after_affiliation",
        "en_name_then_past_verb",
        "id_first_name_opens_paragraph",
        "de_floating_after_inverted_report",
        "en_relative_clause_before_said",
        "fr_introduced_then_quote_alone",
        "de_nach_ansicht_source",
        "fr_said_on_a_platform",
        "de_work_is_no_speaker",
        "fr_asked_on_a_station",
        "en_name_bowed_then_and_said",
        "de_statement_read_out_for_the_accused",
        "id_award_category_is_no_cue",
        "en_partial_quote_report_then_words_alone",
        "fr_pour_lui_source",
        "de_wie_subject_then_frame",
        "es_portfolio_list_then_name",
        "en_abbreviated_title_then_office",
        "es_accusative_clitic_before_verb",
        "de_separable_verb_after_party",
        "es_segun_admitio_no_article_speaker",
        "es_unlisted_preterite_and_described_opening",
        "de_description_with_relative_opens_paragraph",
        "de_byline_without_dateline",
        "de_prison_term_is_no_one",
        "en_nested_called_out_and_used_to_say",
        "de_nested_einer_aus_der_gruppe",
        "fr_nested_le_commercial_nous_a_dit",
        "de_nested_ich_habe_mir_gesagt",
        "de_noun_after_preposition_is_no_one",
        "fr_capitalised_demonym_description",
        "en_street_is_no_one_introduced",
        "de_description_then_apposed_initial_name",
        "en_possessive_office_named_later",
        "en_unnamed_introduced_paragraph_before",
        "es_short_form_then_officer_name",
        "id_balinese_name_shortened_inside",
        "es_defendant_named_by_initials",
        "de_own_statement_possessive",
        "de_role_three_paragraphs_after",
        "de_fronted_mood_is_no_one",
        "es_titled_work_is_no_quote",
        "id_paper_title_after_judul",
        "fr_demonstrative_with_apposed_name",
        "de_number_opens_sentence_is_no_one",
        "en_nested_telling_myself",
        "id_nested_place_then_coach",
        "de_nested_teller_with_honorific",
        "en_person_of_long_body_before_told",
        "fr_federation_is_a_body",
        "fr_city_is_a_body",
        "fr_comite_is_a_body",
        "en_surname_then_past_verb_and_said",
        "es_demonstrative_with_apposed_name",
        "fr_nested_teller_by_office",
        "de_contracted_preposition_and_when_frame",
        "en_name_then_role_apposition_with_title_of_work",
        "es_description_name_then_adverbial",
        "de_initial_ends_a_sentence",
        "en_the_company_is_the_firm_named_before",
        "id_resident_places_listed_after_name",
        "id_perseroan_is_the_firm_named_at_the_top",
        "en_two_people_joined_by_and",
        "id_apposition_ends_in_home_village",
        "de_description_then_apposed_full_name",
        "de_paper_told_by_initials_is_no_one",
        "de_nested_called_out_and_single_guillemets",
        "en_nested_one_of_group_and_shouted",
        "id_unattributed_quote_after_introduction",
        "fr_first_name_with_age_then_quote",
        "es_two_surnames_joined_then_age",
        "id_name_after_long_title",
        "id_nested_honorific_koh_and_time_word",
        "de_outlet_in_marks_after_dative",
        "en_outlet_spoken_to_is_no_one",
        "en_the_official_introduced_two_paragraphs_back",
        "id_postposed_office_of_region_then_name",
        "es_described_speaker_named_after_long_office",
        "fr_es_nested_called_out_and_first_person_verbs",
        "id_described_player_not_the_opponent_from",
        "id_statement_noun_before_name",
        "de_genitive_name_then_fazit",
        "de_same_age_description_as_before",
        "en_court_observing_partial_quote",
        "id_said_thereby_next_sentence",
        "en_the_council_named_with_possessive",
        "id_batak_surname_ending_ung",
        "es_outlet_told_then_frame_then_speaker",
        "id_nested_teller_then_place",
        "en_miss_and_prosecutor_titles",
        "en_definite_office_named_next",
        "de_surname_then_frame_after_cue",
        "en_title_then_name_spelt_like_a_cue",
        "es_el_tribunal_named_long_before",
        "de_nested_object_participle_is_no_teller",
        "de_person_vom_institute_then_relative",
        "de_wie_subject_es_nennt",
        "de_auf_die_frage_is_no_one",
        "es_grupo_is_a_company",
        "id_kapolresta_is_the_one_named",
        "es_coach_after_opposing_club",
        "de_noun_pair_after_determiner_is_no_one",
        "en_the_bench_is_the_court",
        "en_one_of_the_sources_after_cue",
        "en_sources_familiar_with_the_matter",
        "de_adjective_and_plural_noun_is_no_one",
        "es_kind_of_body_then_its_name",
        "es_number_sign_inside_a_body_name",
        "en_participle_after_subject_with_apposition",
        "en_aged_description_is_the_winner_not_the_opponent",
        "en_no_cue_quote_after_name_before_a_facility",
        "en_office_named_by_next_paragraph_opener",
        "en_told_myself_after_another_clause",
        "es_office_complement_list_is_no_one",
        "es_partitive_subject_with_relative_clause",
        "es_fuentes_del_departamento",
        "es_representante_del_ministerio_publico",
        "es_defence_exercised_by_counsel",
        "en_the_noun_again_after_a_name",
        "es_office_in_standfirst_named_next",
        "es_headline_name_then_colon",
        "en_one_word_firm_is_the_firm_printed_in_full",
        "en_she_after_a_theatre_in_apposition",
        "fr_description_is_the_winner_not_those_beaten",
        "fr_on_air_and_demonym_apposition",
        "fr_apposed_name_after_role_and_adjectives",
        "de_fronted_word_then_verb_then_name",
        "de_office_of_a_department_is_a_person",
        "de_per_telephone_is_a_frame",
        "de_separable_particle_ends_the_speaker",
        "es_en_cuenta_is_no_cue",
        "es_dropped_subject_is_the_person_not_his_university",
        "en_relative_with_kin_apposition",
        "en_he_after_a_championship_named_since",
        "en_the_company_marked_by_which",
        "en_no_cue_quote_after_name_before_a_place",
        "es_this_tuesday_before_the_speaker",
        "de_nested_office_with_article",
        "de_kantonspolizei_is_a_body",
        "es_el_gremio_is_the_trade_body",
        "en_unattributed_quote_after_a_report",
        "id_unattributed_quote_named_in_the_next_paragraph",
        "en_inner_quote_told_by_the_one_quoting",
        "de_unserer_redaktion_is_the_one_told",
        "en_hard_wrapped_name_and_apposition",
        "en_description_known_as_a_name",
        "fr_le_prevenu_is_the_one_sentenced",
        "en_the_official_is_one_introduced_before",
        "de_focus_word_is_no_part_of_the_name",
        "de_office_of_a_town_is_no_name",
        "fr_office_with_its_portfolio_is_the_speaker",
        "en_inner_teller_after_a_fronted_clause",
        "fr_inner_teller_named_in_apposition",
        "de_inner_teller_with_a_verb_of_asking",
        "id_inner_teller_named_before_the_description",
        "es_inner_teller_is_the_role_named_before",
        "de_defendant_is_the_one_anonymised_name",
        "id_name_ends_before_where_met",
        "es_outlet_told_after_a_frame_is_no_speaker",
        "de_article_before_a_first_name_inside_a_quote",
        "id_inner_teller_is_the_mother_named_before",
        "de_inner_teller_after_a_fronted_time",
        "de_inner_teller_is_the_coach_named_before",
        "en_company_named_after_its_business_noun",
        "id_said_thereby_in_the_next_paragraph",
        "id_legal_form_in_brackets_inside_a_title",
        "es_initials_keep_their_last_full_stop",
        "en_school_year_before_a_name_is_a_title",
        "fr_body_named_after_its_kind_is_no_one",
        "en_relative_sharing_a_surname_keeps_it_apart",
        "fr_inner_teller_ends_at_a_clitic_verb",
        "fr_radio_after_the_speaker_is_where",
        "de_for_someone_before_a_colon_is_the_speaker",
        "id_short_minister_title_before_a_name",
        "es_workplace_apposed_before_relative",
        "de_month_before_noun_is_no_name",
        "en_unnamed_official_with_relative_after_quote",
        "en_unnamed_delegate_with_capitalised_adjective",
        "en_company_owned_by_group_said",
        "id_group_chair_then_apposed_name",
        "id_named_title_then_frame_and_place",
        "id_role_from_place_demonstrative_subject",
        "de_inverted_subject_with_manner_phrase",
        "de_separable_particle_then_comma",
        "de_newspaper_name_in_marks",
        "id_nya_is_the_person_before_a_body",
        "en_inner_teller_name_then_unlisted_verb",
        "de_own_goal_colon_quote",
        "id_capitals_headline_introduces_no_one",
        "de_sentence_ends_at_german_closing_mark",
        "de_modal_after_partial_quote",
        "id_frame_apposed_between_subject_and_verb",
        "id_alias_akrab_disapa",
        "fr_inner_teller_role_holder_after_team",
        "id_incise_kata_dia_before_partial_quote",
        "es_frame_with_complement_after_cue",
        "en_name_then_of_the_country",
        "fr_person_after_a_is_no_place",
        "de_unnamed_witness_by_age_and_town",
        "en_nicknamed_name_is_no_quote",
        "de_years_money_is_no_name",
        "fr_broadcaster_after_sur_is_no_one",
        "es_filing_of_the_former_mayor",
    ],
)
def test_later_rounds_rules_give_the_right_speaker_and_cue(stem: str) -> None:
    """Affiliations, addressees, appositions, fronted sources, passive agents, generic descriptions, gender.

    Words in marks only: the annotations also list reported clauses the extractor does not find.
    """
    path = Path(__file__).parent / "fixtures" / f"{stem}.txt"
    got = [
        (q.text, _who(q), q.cue.text if q.cue else None)
        for q in text.read(path.read_bytes()).quotes
        if q.kind.value in ("direct", "mixed")
    ]
    want = [
        (q["text"], _annotated(q["speaker"]), q["cue"])
        for q in _expected(path)["quotes"]
        if q["kind"] in ("direct", "mixed")
    ]
    assert got == want


@pytest.mark.parametrize(
    ("stem", "speaker", "cue"),
    [
        ("fr_incise_relative_clause", "Bastien Morel-Daoud", "prévient"),  # "…, qui a coordonné l'étude."
        ("fr_incise_office_apposition", "Erwan Le Bihan", "raconte"),  # "…, patron du Men Du."
        ("fr_incise_inverted_perfect_frame", None, "a-t-il rappelé"),  # "…, a-t-il rappelé lundi lors d'une …."
        ("fr_incise_elected_apposition", "Maëlys Guéguen", "a regretté"),  # "…, conseillère d'opposition."
        ("fr_incise_profession_apposition", "Claire Vasseur", "explique"),  # "…, écologue à l'Inrae …."
    ],
)
def test_an_incise_with_an_apposition_resumes_the_quote_after_it(stem: str, speaker: str | None, cue: str) -> None:
    """« …, raconte X, apposition. … »: the apposition belongs to the incise, not to the quote."""
    path = Path(__file__).parent / "fixtures" / f"{stem}.txt"
    (quote,) = text.read(path.read_bytes()).quotes
    assert [part.text for part in quote.parts] == [q["text"] for q in _expected(path)["quotes"]]
    assert (_who(quote), quote.cue.text if quote.cue else None) == (_annotated(speaker), cue)


@pytest.mark.parametrize(
    ("stem", "parties", "photographer"),
    [
        ("es_efe_caption_credit", ["EFE"], "Marta Ibáñez"),
        ("fr_afp_caption_credit", ["AFP"], "JULIEN MARCHAL"),
        ("de_foto_caption_credit", ["dpa"], "Jonas Reinhardt"),
        ("id_kompas_caption_credit", ["KOMPAS.com"], "ROSYID HANAFI"),
        ("id_outlet_caption_credit_parenthesised", ["MI"], "Dedi Saputra"),
        ("en_abc_caption_credit", ["AAP"], "Ruby Cantwell"),
        ("fr_ouestfrance_caption_credit", ["OUEST-FRANCE"], None),
    ],
)
def test_agency_caption_credits_name_the_agency_and_the_photographer(
    stem: str, parties: list[str], photographer: str | None
) -> None:
    """``EFE/Name``, ``(NAME / AFP)``, ``Foto: Name/dpa``, ``(KOMPAS.com/NAME)``: read from the end of the caption."""
    path = Path(__file__).parent / "fixtures" / f"{stem}.txt"
    (caption,) = text.read(path.read_bytes()).captions
    assert [credit.party for credit in caption.credited] == parties
    assert caption.photographer == photographer


@pytest.mark.parametrize(
    "stem", ["de_split_office_apposition", "de_dative_outlet_and_pluperfect_split", "de_charge_after_closed_quote"]
)
def test_a_split_quote_is_one_quote_in_parts(stem: str) -> None:
    """„A“, sagte deren Vorsitzende, die … Verkehrsministerin X, „B“ and „A“, hatte er gesagt, „B“: both parts, one
    speaker; the other direct quotes of the item as annotated."""
    path = Path(__file__).parent / "fixtures" / f"{stem}.txt"
    quotes = [q for q in text.read(path.read_bytes()).quotes if q.kind.value == "direct"]
    (split,) = [q for q in quotes if len(q.parts) > 1]
    assert split.cue is not None
    annotated = [q for q in _expected(path)["quotes"] if q["kind"] == "direct"]
    want = [q for q in annotated if q["cue"] == split.cue.text]
    assert [part.text for part in split.parts] == [q["text"] for q in want]
    assert {_who(split)} == {_annotated(q["speaker"]) for q in want}
    singles = [(q.text, _who(q)) for q in quotes if len(q.parts) == 1]
    assert singles == [(q["text"], _annotated(q["speaker"])) for q in annotated if q not in want]
