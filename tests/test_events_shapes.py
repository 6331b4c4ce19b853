"""Common shapes of news sentences, each read as a reader would: what happened, where, when.

Every sentence here is invented. Each rule has its negative beside it: the same words where no
such event happened.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_events import asserted, events

from newsfold.model import EventKind

pytestmark = pytest.mark.model


# --- elections -------------------------------------------------------------------------------

def test_plural_elections_held_on_a_day_are_one_vote_in_the_country_named(nlp):
    ms = events(nlp, "Malawi's opposition alliance won a clear majority in parliamentary elections held on Sunday, "
                     "the electoral commission said on Tuesday.")
    (vote,) = asserted(ms, EventKind.ELECTION)
    assert vote.date == "2024-03-10" and vote.places == ("Malawi",)


def test_an_election_names_no_place_when_the_sentence_names_two_countries(nlp):
    ms = events(nlp, "Observers from Ghana said Togo's parliamentary elections held on Sunday were calm.")
    assert all(m.places != ("Ghana",) for m in asserted(ms, EventKind.ELECTION))


def test_a_runoff_the_candidates_will_face_is_yet_to_come(nlp):
    ms = events(nlp, "The two leading candidates will face each other in a runoff in May, the electoral council said.",
                published=date(2024, 3, 13))
    assert not asserted(ms, EventKind.ELECTION)
    ms = events(nlp, "The two leading candidates faced each other in a runoff on Sunday.")
    assert asserted(ms, EventKind.ELECTION)


def test_cape_verde_and_other_common_country_names_are_known():
    from newsfold.aliases import country_of

    assert [country_of(n) for n in ("Cape Verde", "East Timor", "Democratic Republic of Congo", "Kosovar")] == ["CV", "TL", "CD", "XK"]
    assert country_of("Macedonia") is None  # the Greek region as often as the country


# --- sports ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Ugandan runner Joel Kiptum won the Tokyo Marathon on Sunday in a course record.",
    "Marta Velasco won the Rotterdam Open on Saturday, beating the top seed in three sets.",
])
def test_winning_a_named_race_or_open_is_a_result(nlp, sentence):
    assert asserted(events(nlp, sentence), EventKind.SPORTS_RESULT)


@pytest.mark.parametrize("sentence", [
    "The forward attacked the Harbour defence all afternoon as Millbrook beat Harbour 2-0 on Saturday.",
    "Their fast bowlers attacked the stumps from the first over as Kent beat Essex by six wickets on Sunday.",
])
def test_players_attacking_a_defence_or_the_stumps_is_play_not_violence(nlp, sentence):
    ms = events(nlp, sentence)
    assert asserted(ms, EventKind.SPORTS_RESULT) and not asserted(ms, EventKind.ATTACK)


def test_fans_attacking_police_after_a_match_is_still_an_attack(nlp):
    ms = events(nlp, "Fans attacked police officers outside the stadium after Millbrook beat Harbour 2-0 on Saturday.")
    assert asserted(ms, EventKind.ATTACK)


# --- protests --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, place", [
    ("Dock workers across Portugal walked off the job on Monday in a row over pay.", "Portugal"),
    ("Youths threw stones at police in the Dutch city of Utrecht on Friday night.", "Utrecht"),
    ("Farmers blocked the main highway outside Lyon on Tuesday with hundreds of tractors.", "Lyon"),
])
def test_protests_told_by_what_the_protesters_did(nlp, sentence, place):
    (protest,) = asserted(events(nlp, sentence), EventKind.PROTEST)
    assert place in protest.places


@pytest.mark.parametrize("sentence", [
    "Police blocked the main highway outside Lyon on Tuesday.",
    "The child threw stones into the river in Utrecht on Friday.",
    "The striker walked off the pitch in Leeds on Saturday.",
])
def test_blocking_throwing_and_walking_off_by_others_are_no_protest(nlp, sentence):
    assert not asserted(events(nlp, sentence), EventKind.PROTEST)


def test_activists_arrested_for_blocking_a_road_are_arrested_where_they_blocked_it(nlp):
    ms = events(nlp, "Police arrested 30 activists who sat on the road and blocked traffic near Swindon on Monday.")
    (arrest,) = asserted(ms, EventKind.ARREST)
    assert arrest.places == ("Swindon",) and arrest.count.value == 30
    assert asserted(ms, EventKind.PROTEST)


# --- military operations ---------------------------------------------------------------------

def test_troops_deployed_and_hostages_freed_by_commandos_are_military_operations(nlp):
    assert asserted(events(nlp, "Senegal has deployed 300 soldiers to its eastern border, the army said on Monday."),
                    EventKind.MILITARY_OPERATION)
    ms = events(nlp, "French navy commandos boarded a hijacked tanker in the Gulf of Guinea on Friday and freed its 18 crew members.")
    op, *freeing = asserted(ms, EventKind.MILITARY_OPERATION)  # "and freed", the same commandos' deed, merges with it
    assert op.places == ("the Gulf of Guinea",) or "Gulf of Guinea" in " ".join(op.places)
    assert all(m.sentence == op.sentence for m in freeing)


def test_deploying_police_or_software_is_no_military_operation(nlp):
    for sentence in ("The city deployed 300 police officers to the stadium on Monday.",
                     "The bank deployed a new payments system on Monday."):
        assert not asserted(events(nlp, sentence), EventKind.MILITARY_OPERATION)


# --- disasters -------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, place", [
    ("A four-storey building collapsed in the Kibera area of Nairobi on Tuesday, trapping dozens.", "Kibera"),
    ("Heavy rain caused the Elbe to burst its banks near Dresden on Saturday.", "Dresden"),
    ("A typhoon slammed into the northern province of Ilocos Norte on Sunday, killing four people.", "Ilocos Norte"),
    ("A ferry carrying more than 100 passengers capsized on Lake Kivu near the town of Goma on Monday.", "Goma"),
    ("An explosion at a fertiliser plant in the city of Nantong killed five workers on Friday.", "Nantong"),
])
def test_disasters_of_common_shapes(nlp, sentence, place):
    (disaster,) = [m for m in asserted(events(nlp, sentence), EventKind.DISASTER) if m.places]
    assert place in disaster.places


@pytest.mark.parametrize("sentence", [
    "Talks between the two parties collapsed on Monday.",
    "A bomb exploded at a power plant in Quetta, killing three guards.",
    "Investors lost money in the market crash on Monday.",
])
def test_collapsed_talks_bombed_plants_and_market_crashes_are_no_accidents(nlp, sentence):
    assert not asserted(events(nlp, sentence), EventKind.DISASTER)


def test_a_crash_that_killed_people_is_an_accident_of_vehicles(nlp):
    ms = events(nlp, "Two people died in a crash on the A1 near Newark on Monday morning.")
    assert asserted(ms, EventKind.DISASTER) and not asserted(ms, EventKind.KILLING)


def test_a_river_told_to_have_burst_its_banks_in_a_relative_clause_is_no_new_flood(nlp):
    ms = events(nlp, "Villages along the Kura river, which burst its banks on Monday, were cut off.")
    assert not asserted(ms, EventKind.DISASTER)


def test_a_cholera_outbreak_is_a_disaster(nlp):
    assert asserted(events(nlp, "Officials confirmed a cholera outbreak in Beira on Wednesday."), EventKind.DISASTER)
    assert not asserted(events(nlp, "An outbreak of violence followed the vote."), EventKind.DISASTER)


# --- attacks, killings and arrests -----------------------------------------------------------

def test_a_bomber_who_blew_himself_up_killed_where_he_did_it(nlp):
    ms = events(nlp, "A suicide bomber blew himself up outside a police station in the northern city of Kunduz on Monday, "
                     "killing at least nine people.")
    (attack,) = [m for m in asserted(ms) if m.kind in (EventKind.ATTACK, EventKind.KILLING)]
    assert attack.places == ("Kunduz",) and attack.count.value == 9


def test_blowing_up_balloons_or_at_reporters_is_no_attack(nlp):
    for sentence in ("The children blew up balloons in Leeds on Monday.", "The coach blew up at reporters on Monday."):
        assert not asserted(events(nlp, sentence), EventKind.ATTACK)


def test_a_man_armed_with_a_knife_who_wounded_people_attacked_them(nlp):
    ms = events(nlp, "A man armed with a knife wounded four people at a market in Bremen on Tuesday.")
    assert asserted(ms, EventKind.ATTACK)
    assert not asserted(events(nlp, "A man wounded his pride at the market in Bremen on Tuesday."), EventKind.ATTACK)


def test_no_one_arrested_is_no_arrest(nlp):
    ms = events(nlp, "Police in Perth said a fire destroyed a warehouse overnight, but no one has been arrested.")
    assert not asserted(ms, EventKind.ARREST)
    assert not asserted(events(nlp, "No suspects were detained in Perth on Monday."), EventKind.ARREST)


def test_an_arrest_after_a_deed_with_no_place_of_its_own_is_where_the_deed_was(nlp):
    ms = events(nlp, "A 19-year-old has been arrested on suspicion of murder after a man was stabbed in Sheffield on Friday.")
    (arrest,) = asserted(ms, EventKind.ARREST)
    assert arrest.places == ("Sheffield",)
    ms = events(nlp, "A man was arrested in Derby after a woman was stabbed in Sheffield on Friday.")
    (arrest,) = asserted(ms, EventKind.ARREST)
    assert arrest.places == ("Derby",)


def test_an_extradition_is_an_arrest_where_the_custody_is_not_where_the_group_is_named(nlp):
    ms = events(nlp, "A leader of the Sinaloa cartel was extradited to the United States on Tuesday.")
    (arrest,) = asserted(ms, EventKind.ARREST)
    assert arrest.places == ("the United States",) or arrest.places == ("United States",)


def test_a_citizen_is_from_a_country_not_arrested_in_it(nlp):
    ms = events(nlp, "The driver, a 41-year-old U.S. citizen, was detained on Monday.")
    (arrest,) = asserted(ms, EventKind.ARREST)
    assert not arrest.places


def test_a_relative_clause_on_a_person_does_not_date_the_arrest(nlp):
    ms = events(nlp, "The former mayor, who left office in 2019, was taken into custody in Lagos.", published=date(2024, 3, 13))
    (arrest,) = asserted(ms, EventKind.ARREST)
    assert arrest.date != "2019"


def test_the_suburb_of_a_name_is_that_suburb_but_a_suburb_of_a_city_is_not_the_city(nlp):
    (fire,) = asserted(events(nlp, "A fire destroyed a church hall in the suburb of Papatoetoe overnight."), EventKind.DISASTER)
    assert fire.places == ("Papatoetoe",)
    (fire,) = asserted(events(nlp, "A fire destroyed a church hall in a suburb of Auckland overnight."), EventKind.DISASTER)
    assert "Auckland" not in fire.places


def test_a_blast_is_where_what_it_struck_stood(nlp):
    (blast,) = asserted(events(nlp, "The blast damaged a mosque in Quetta."), EventKind.ATTACK)
    assert blast.places == ("Quetta",)
    # not where its victims came from
    (blast,) = asserted(events(nlp, "The blast injured pilgrims from Quetta at a shrine on Friday."), EventKind.ATTACK)
    assert "Quetta" not in blast.places


# --- second batch, from the dev2 probes ------------------------------------------------------

def test_a_by_election_is_an_election_where_it_was_won(nlp):
    ms = events(nlp, "Labour won the by-election in Rochdale on Thursday.")
    (vote,) = asserted(ms, EventKind.ELECTION)
    assert vote.date == "2024-03-07" and vote.places == ("Rochdale",)


def test_match_reports_attack_and_shoot_without_violence(nlp):
    ms = events(nlp, "Rovers beat City 3-1 at the Shay on Saturday. The visitors attacked relentlessly before the break.")
    assert asserted(ms, EventKind.SPORTS_RESULT) and not asserted(ms, EventKind.ATTACK)
    ms = events(nlp, "Callum Reid shot a final-round 65 to win the Fife Open by two strokes at Crail on Sunday.")
    assert asserted(ms, EventKind.SPORTS_RESULT) and not asserted(ms, EventKind.ATTACK)
    (win,) = asserted(events(nlp, "Ruth Kiplagat stormed to victory in the Lisbon Half Marathon on Sunday."), EventKind.SPORTS_RESULT)
    assert not win.places or "Kenya" not in win.places


def test_killing_a_bill_and_attacking_a_policy_are_words(nlp):
    assert not asserted(events(nlp, "Senators on Monday killed a bill that would have raised the fuel tax."))
    assert not asserted(events(nlp, "The opposition attacked the government over the new fuel tax on Monday."))
    assert asserted(events(nlp, "Gunmen attacked the government offices in Kano on Monday."), EventKind.ATTACK)


def test_accidents_told_by_what_killed(nlp):
    (flood,) = asserted(events(nlp, "A man died after his car was swept off a flooded road near Bundaberg late on Monday."),
                        EventKind.DISASTER)
    assert flood.places == ("Bundaberg",) and flood.count.value == 1
    (crash,) = asserted(events(nlp, "Two teenagers died after their car hit a tree near Ballarat on Friday night."), EventKind.DISASTER)
    assert crash.places == ("Ballarat",)
    assert not asserted(events(nlp, "He died after police hit him with batons in Lagos on Friday."), EventKind.DISASTER)
    assert not asserted(events(nlp, "A man died after a long illness in Leeds on Friday."), EventKind.DISASTER)


@pytest.mark.parametrize("sentence", [
    "At least 12 people died when a fuel tanker exploded after crashing into a bus near Ibadan on Friday.",
    "A gas cylinder exploded in a restaurant in Multan on Monday, injuring six.",
    "Twenty people drowned after a boat capsized on Lake Albert near Butiaba on Tuesday.",
    "Four people were killed when part of a five-storey building collapsed in Lagos on Friday.",
])
def test_accidents_that_explode_sink_or_collapse(nlp, sentence):
    assert asserted(events(nlp, sentence), EventKind.DISASTER)
    assert not asserted(events(nlp, sentence), EventKind.ATTACK)


def test_a_car_that_exploded_in_a_suicide_attack_is_a_bombing(nlp):
    assert asserted(events(nlp, "A car exploded outside the ministry in Kabul, killing four, in a suicide attack."), EventKind.ATTACK)


def test_a_blast_told_as_caused_by_stored_chemicals_is_an_accident_throughout(nlp):
    ms = events(nlp, "Crowds marked a year since the explosion that killed 40 people at the port. The blast, caused by "
                     "chemicals stored at a warehouse, also injured 300 people.")
    assert asserted(ms, EventKind.DISASTER) and not asserted(ms, EventKind.ATTACK)
    ms = events(nlp, "An explosion at a mosque in Peshawar killed 30 worshippers. The blast, caused by a suicide bomber, "
                     "ripped through the prayer hall.")
    assert asserted(ms, EventKind.ATTACK) and not asserted(ms, EventKind.DISASTER)


def test_a_labour_strike_is_a_protest_an_air_strike_is_not(nlp):
    assert asserted(events(nlp, "Traders observed a shutter-down strike in Quetta on Saturday."), EventKind.PROTEST)
    assert asserted(events(nlp, "Nurses in Kisumu began an indefinite strike on Monday."), EventKind.PROTEST)
    assert not asserted(events(nlp, "An air strike hit a market in Saada on Thursday."), EventKind.PROTEST)


def test_a_company_that_says_it_agreed_to_acquire_a_start_up_buys_it(nlp):
    ms = events(nlp, "Regional lender Banco Norte said on Monday it had agreed to acquire payments start-up Pagafacil.")
    assert asserted(ms, EventKind.ACQUISITION)
    assert not asserted(events(nlp, "The family said on Monday it had agreed to buy a house."), EventKind.ACQUISITION)


def test_arrests_at_the_scene_are_where_the_deed_was(nlp):
    ms = events(nlp, "MORELIA — Soldiers killed nine gunmen in a shootout near Uruapan on Monday. "
                     "Troops arrested two suspects at the scene.")
    (arrest,) = asserted(ms, EventKind.ARREST)
    assert arrest.places == ("Uruapan",)


def test_rioters_throwing_fireworks_and_farmers_blocking_traffic_protest(nlp):
    assert asserted(events(nlp, "Several hundred youths threw fireworks at officers in Roubaix on Sunday."), EventKind.PROTEST)
    ms = events(nlp, "Hundreds of farmers drove tractors onto the motorway near Lille on Monday, blocking traffic for hours.")
    assert asserted(ms, EventKind.PROTEST)


def test_an_athletes_country_is_not_where_she_won(nlp):
    (win,) = asserted(events(nlp, "Kenya's Janet Chelimo won the Eldoret City Marathon on Sunday."), EventKind.SPORTS_RESULT)
    assert "Kenya" not in win.places


def test_a_passive_shooting_near_words_of_play_is_still_a_shooting(nlp):
    # "matching" is no match, and a passive verb has no object to read as a score
    ms = events(nlp, "Video showed two cars matching the descriptions minutes before Smith was fatally shot on Saturday.")
    assert asserted(ms, EventKind.KILLING) or asserted(ms, EventKind.ATTACK)
    ms = events(nlp, "The striker was shot dead outside the stadium in Medellin after the match on Sunday.")
    assert asserted(ms, EventKind.KILLING) or asserted(ms, EventKind.ATTACK)


def test_martyred_policemen_are_the_attacks_dead(nlp):
    ms = events(nlp, "Three policemen were martyred when militants attacked a checkpost in Bannu district on Friday night.")
    (attack,) = asserted(ms)
    assert attack.kind is EventKind.ATTACK and attack.count.value == 3


def test_killed_when_the_attack_was_repulsed_are_the_attacks_dead(nlp):
    ms = events(nlp, "Four militants were killed when the attack on the base in Marte was repulsed on Saturday.")
    assert [m.kind for m in asserted(ms)] == [EventKind.ATTACK]


def test_a_side_that_stunned_another_with_a_score_won(nlp):
    ms = events(nlp, "Zambia stunned hosts Spain 3-2 in their World Cup group match in Madrid on Thursday.")
    assert asserted(ms, EventKind.SPORTS_RESULT)
    assert not asserted(events(nlp, "The news stunned residents of Madrid on Thursday."), EventKind.SPORTS_RESULT)
    assert not asserted(events(nlp, "Police crushed the protest in Minsk on Sunday."), EventKind.SPORTS_RESULT)


# --- faults a review found in the rules above, each kept as a test ---------------------------

@pytest.mark.parametrize("sentence", [
    "Two fans were shot outside the stadium in Naples after the league match on Sunday.",
    "A gunman shot dead the coach of a local football club in Medellin on Tuesday.",
    "Gunmen stopped a coach carrying pilgrims near Quetta on Monday and shot 11 passengers.",
    "Hooligans attacked two police officers after the match in Rotterdam on Sunday.",
    "A man shot at supporters leaving the stadium in Bogota after the league match on Saturday.",
    "A mob attacked a Christian man over remarks deemed blasphemous in Sargodha on Saturday.",
])
def test_violence_near_a_match_or_with_a_motive_stays_violence(nlp, sentence):
    assert [m for m in asserted(events(nlp, sentence)) if m.kind in (EventKind.ATTACK, EventKind.KILLING)]


@pytest.mark.parametrize("sentence", [
    "Israel launched a strike on a building in Rafah on Tuesday, killing 12 people.",
    "Militants hurled a bomb at a police vehicle in Quetta on Monday, killing two officers.",
    "A group of gunmen blocked the highway near Gusau on Sunday and abducted 30 passengers.",
    "A truck driver blocked the road near Gusau on Sunday after his lorry broke down.",
])
def test_strikes_on_places_bombs_thrown_and_armed_roadblocks_are_no_protests(nlp, sentence):
    assert not asserted(events(nlp, sentence), EventKind.PROTEST)


@pytest.mark.parametrize("sentence", [
    "A parked car exploded near a checkpoint in Mogadishu on Sunday, killing five soldiers.",
    "A roadside mine exploded under a military vehicle in Donetsk on Monday, killing three.",
])
def test_a_car_or_a_mine_that_exploded_is_no_accident(nlp, sentence):
    assert not asserted(events(nlp, sentence), EventKind.DISASTER)


@pytest.mark.parametrize("sentence", [
    "Two people died after their car was hit by a Russian drone near Kherson on Tuesday.",
    "Three soldiers died after their vehicle hit a roadside bomb in Helmand on Monday.",
])
def test_deaths_from_drones_and_roadside_bombs_are_no_road_accidents(nlp, sentence):
    assert not asserted(events(nlp, sentence), EventKind.DISASTER)


def test_drowned_after_a_car_was_swept_away_is_an_accident(nlp):
    (flood,) = asserted(events(nlp, "A woman drowned after her car was swept off a flooded road near Toowoomba on Monday."),
                        EventKind.DISASTER)
    assert flood.places == ("Toowoomba",)


def test_a_peoples_name_before_village_and_a_persons_home_town_are_no_places(nlp):
    (attack,) = asserted(events(nlp, "Gunmen attacked a Christian village in central Nigeria on Sunday."), EventKind.ATTACK)
    assert "Christian" not in attack.places
    (march,) = asserted(events(nlp, "Thousands marched through the home town of Lionel Messi on Monday."), EventKind.PROTEST)
    assert "Lionel Messi" not in march.places


def test_an_election_is_not_in_the_country_that_comments_on_it(nlp):
    for sentence in ("The United States said Sunday's presidential election was marred by irregularities.",
                     "France congratulated the winner of Sunday's presidential election."):
        (vote,) = asserted(events(nlp, sentence), EventKind.ELECTION)
        assert not vote.places


def test_an_accident_elsewhere_in_the_article_does_not_make_a_bombing_an_accident(nlp):
    ms = events(nlp, "A suicide bomber blew himself up at a mosque in Peshawar on Friday, killing 30. The blast was the "
                     "deadliest in the city this year. Last month a gas explosion at a restaurant in Karachi killed two people.")
    assert [m.kind for m in asserted(ms) if "Peshawar" in m.places] == [EventKind.ATTACK]
    ms = events(nlp, "A gas explosion at a restaurant in Nairobi killed three people on Monday. Last month, an explosion at "
                     "a bus station in Mogadishu killed 12 people.")
    assert [m.kind for m in asserted(ms) if "Mogadishu" in m.places] == [EventKind.ATTACK]


@pytest.mark.parametrize("sentence", [
    "The stock market collapsed on Monday as investors fled.",
    "The price of homes in London collapsed last year.",
    "Retail investors were hurt in the crash in 2008.",
])
def test_markets_and_prices_that_collapse_or_crash_are_no_disasters(nlp, sentence):
    assert not asserted(events(nlp, sentence), EventKind.DISASTER)


def test_at_the_scene_is_the_deed_just_told_not_one_recalled_further_up(nlp):
    ms = events(nlp, "A gunman killed three people at a mall in Denver on Monday. It was the second shooting this month. "
                     "In March a gunman killed four at a bar in Boulder. Police arrested the suspect at the scene.")
    (arrest,) = asserted(ms, EventKind.ARREST)
    assert "Boulder" not in arrest.places


def test_a_modal_verb_before_a_deed_in_charges_does_not_make_the_deed_hypothetical(nlp):
    ms = events(nlp, "The suspect will face murder charges in the shooting at the school in Nashville, prosecutors said.")
    assert asserted(ms, EventKind.ATTACK)


def test_soldiers_in_flood_relief_are_no_military_operation(nlp):
    for sentence in ("Soldiers rescued 200 villagers trapped by floodwaters in Assam on Tuesday.",
                     "The government deployed 2,000 soldiers to help with relief after the earthquake in Turkey on Monday."):
        assert not asserted(events(nlp, sentence), EventKind.MILITARY_OPERATION)


def test_the_doers_own_relative_clause_dates_the_deed(nlp):
    (storm,) = asserted(events(nlp, "Typhoon Haiyan, which made landfall on Friday, killed at least 1,200 people in the Philippines."))
    assert storm.date == "2024-03-08"


# --- statistics, ranks and running tolls -----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Homicides in Baltimore climbed to their highest level in a decade last year, with more than 340 people killed.",
    "Customs officials said cocaine seizures at the port of Rotterdam fell by a fifth last year.",
    "The number of arrests in Lagos doubled last year, police said.",
])
def test_statistics_are_no_events(nlp, sentence):
    assert not asserted(events(nlp, sentence))


def test_a_running_toll_is_no_event_but_what_began_it_is(nlp):
    ms = asserted(events(nlp, "Rights groups say 9,000 people have been killed since the army launched its offensive in March."))
    assert [m.kind for m in ms] == [EventKind.MILITARY_OPERATION] and ms[0].count is None


def test_a_toll_that_rose_keeps_its_disaster_and_a_trend_keeps_its_cause(nlp):
    assert asserted(events(nlp, "The death toll from the earthquake in Herat rose to 2,000 on Monday."), EventKind.DISASTER)
    assert asserted(events(nlp, "Attacks on aid workers rose sharply after the bombing in Kabul on Monday."), EventKind.ATTACK)


def test_a_rank_among_others_does_not_date_the_event(nlp):
    ms = events(nlp, "The protest, the third on the motorway this month, caused long queues.", published=date(2022, 10, 18))
    assert all(m.date != "2022-10" for m in asserted(ms))


def test_the_month_of_march_is_no_march(nlp):
    (m,) = asserted(events(nlp, "In March, a gunman killed four people at a bar in Boulder."))
    assert m.kind is EventKind.KILLING and m.places == ("Boulder",)


# --- faults a second review found, each kept as a test ---------------------------------------

@pytest.mark.parametrize("sentence", [
    "The opposition leader attacked the prime minister over his handling of the crisis on Tuesday.",
    "The opposition attacked the minister for his failure to act on the floods.",
])
def test_attacking_a_politician_over_words_is_criticism(nlp, sentence):
    assert not asserted(events(nlp, sentence), EventKind.ATTACK)


def test_a_labour_strike_at_a_workplace_is_a_protest(nlp):
    assert asserted(events(nlp, "Nurses began a strike at three hospitals in Ontario on Monday over pay."), EventKind.PROTEST)


def test_a_persons_relative_clause_does_not_date_what_they_did(nlp):
    (attack,) = asserted(events(nlp, "A man who was released from prison in 2019 shot dead two people in a pub in Leeds."))
    assert attack.date != "2019"


def test_protests_that_grew_and_the_floods_of_a_toll_are_events(nlp):
    assert asserted(events(nlp, "Protests grew across France on Thursday as thousands marched against the pension reform."),
                    EventKind.PROTEST)
    assert asserted(events(nlp, "The number of dead from the floods in Kerala rose to 54 on Thursday."), EventKind.DISASTER)


def test_days_of_a_month_are_no_score(nlp):
    ms = events(nlp, "Police crushed the protest in Minsk on 9-10 August, arresting hundreds of people.")
    assert not [m for m in ms if m.kind is EventKind.SPORTS_RESULT]


def test_a_country_that_holds_an_election_is_where_it_is(nlp):
    (vote,) = asserted(events(nlp, "Kenya held a presidential election on Tuesday."), EventKind.ELECTION)
    assert vote.places == ("Kenya",)


def test_drowning_out_and_drowning_someone(nlp):
    assert not asserted(events(nlp, "The crowd drowned out the national anthem with boos before the match in Paris on Sunday."))
    (m,) = asserted(events(nlp, "Police said the woman drowned her two children in a bathtub in Houston on Friday."))
    assert m.kind is EventKind.KILLING


def test_a_martyred_leader_is_an_epithet(nlp):
    assert not asserted(events(nlp, "The martyred leader's son addressed a rally in Lahore on Friday."), EventKind.KILLING)


@pytest.mark.parametrize("sentence", [
    "A six-storey hotel collapsed in Taiwan on Tuesday, killing 12 people.",
    "Four people were hurt in a crash near Leeds on Monday.",
    "A chemical plant exploded in Tianjin on Wednesday, killing 50 people.",
])
def test_more_accidents(nlp, sentence):
    assert asserted(events(nlp, sentence), EventKind.DISASTER)


def test_special_forces_freeing_hostages_trapped_in_a_hotel_is_a_military_operation(nlp):
    assert asserted(events(nlp, "Special forces rescued 20 hostages trapped in a hotel in Mali on Friday."),
                    EventKind.MILITARY_OPERATION)


def test_a_decoy_dateline_is_not_where_a_deed_named_elsewhere_was(nlp):
    ms = events(nlp, "KATHMANDU — A small plane crashed into a hillside shortly after taking off from the mountain town of "
                     "Lukla on Wednesday, killing all nine people on board.")
    assert all("KATHMANDU" not in m.places for m in asserted(ms))
    # a team named after a city is no other place: the dateline still places the result
    ms = events(nlp, "MIAMI — The Miami Heat beat the Oklahoma City Thunder 121-106 on Thursday.")
    (win,) = asserted(ms, EventKind.SPORTS_RESULT)
    assert win.places == ("MIAMI",)


@pytest.mark.parametrize("sentence, place", [
    ("Israel launched a strike on a building in Rafah on Tuesday.", "Rafah"),
    ("Israeli jets launched a strike on Gaza on Monday.", "Gaza"),
    ("A Russian strike on an apartment block in Dnipro killed 12 people on Saturday.", "Dnipro"),
])
def test_a_strike_of_war_by_its_state_or_its_weapon_is_an_attack(nlp, sentence, place):
    (attack,) = asserted(events(nlp, sentence), EventKind.ATTACK)
    assert place in attack.places


def test_a_strike_launched_by_workers_stays_a_protest(nlp):
    assert asserted(events(nlp, "Workers at the plant launched a strike on Monday."), EventKind.PROTEST)
    assert not asserted(events(nlp, "Workers at the plant launched a strike on Monday."), EventKind.ATTACK)


# --- the lead deed named again -----------------------------------------------------------------

def test_the_next_sentence_naming_the_deed_again_gives_its_village_and_day(nlp):
    ms = events(nlp, "An air strike on a village in the Magway region killed at least 17 people, residents said on "
                     "Tuesday. The strike on Kyaung Gon village took place on Monday afternoon, they said.")
    lead = asserted(ms, EventKind.ATTACK)[0]
    assert any("Kyaung" in p for p in lead.places) and "Magway" in lead.places
    assert lead.date == "2024-03-11"


def test_the_doers_named_again_place_the_deed_but_not_where_they_fled(nlp):
    ms = events(nlp, "Gunmen stormed a village in Nigeria's Zamfara state, killing 23 people, police said on Monday. "
                     "The attackers set homes in Kadawa village ablaze before fleeing into a forest near Gusau.")
    lead = asserted(ms, EventKind.ATTACK)[0]
    assert "Kadawa" in lead.places and "Gusau" not in lead.places


def test_a_sentence_about_something_else_does_not_place_the_deed(nlp):
    ms = events(nlp, "Gunmen stormed a village in Nigeria's Zamfara state, killing 23 people, police said on Monday. "
                     "In a separate attack, the gunmen burned homes in Kadawa village.")
    assert "Kadawa" not in asserted(ms, EventKind.ATTACK)[0].places
    ms = events(nlp, "An earthquake struck Malatya province on Wednesday, killing three people. "
                     "The quake was felt as far away as Adana.")
    assert all("Adana" not in m.places for m in asserted(ms))
    ms = events(nlp, "An earthquake struck Malatya province on Wednesday, killing three people. "
                     "Relief teams from Adana arrived in Malatya on Thursday.")
    assert all("Adana" not in m.places for m in asserted(ms))


def test_an_arrest_told_after_the_lead_deed_is_where_the_deed_was_not_at_the_dateline(nlp):
    ms = events(nlp, "ATHENS — Hundreds of farmers blocked the highway near Larissa on Monday to protest fuel prices. "
                     "Riot police fired tear gas, and five protesters were detained, police said.")
    (arrest,) = asserted(ms, EventKind.ARREST)
    assert arrest.places == ("Larissa",)
    # an arrest with a place of its own keeps it
    ms = events(nlp, "ATHENS — Hundreds of farmers blocked the highway near Larissa on Monday. "
                     "Police later detained two organisers in Volos.")
    (arrest,) = asserted(ms, EventKind.ARREST)
    assert arrest.places == ("Volos",)


@pytest.mark.parametrize("sentence", [
    "Shelling by government forces killed 12 people in Idlib on Sunday.",
    "On the same day, shelling by the paramilitary Rapid Support Forces killed seven civilians in El Fasher, a committee said.",
])
def test_shelling_that_killed_is_one_attack_with_its_dead(nlp, sentence):
    ms = asserted(events(nlp, sentence))
    assert len(ms) == 1 and ms[0].kind is EventKind.ATTACK and ms[0].count.value in {7, 12}


def test_the_deed_named_again_is_not_placed_by_a_place_it_is_measured_from_nor_by_other_deeds(nlp):
    ms = events(nlp, "An earthquake struck Sonoma County on Monday morning, damaging homes. "
                     "The quake was centred about two miles from Geyserville and 13 miles east of Cloverdale.")
    assert all("Cloverdale" not in m.places and "Geyserville" not in m.places for m in asserted(ms))
    ms = events(nlp, "A strong earthquake rattled West Papua province on Wednesday, damaging homes. "
                     "The quake was the latest of dozens of tremors since the quakes that struck Manokwari on Sunday.")
    lead = asserted(ms, EventKind.DISASTER)[0]
    assert "Manokwari" not in lead.places


def test_an_arrest_of_the_governor_of_a_state_is_not_placed_in_his_state(nlp):
    ms = events(nlp, "The anti-corruption agency has detained a former governor of Taraba state over the diversion of funds.")
    (arrest,) = asserted(ms, EventKind.ARREST)
    assert "Taraba" not in arrest.places
    ms = events(nlp, "Police arrested two men in Taraba state on Monday.")
    assert "Taraba" in asserted(ms, EventKind.ARREST)[0].places


def test_an_arrest_after_a_seizure_is_at_the_port_not_at_the_dateline(nlp):
    ms = events(nlp, "THE HAGUE — Customs officers found 1,500 kilograms of cocaine in a container at the port of Rotterdam, "
                     "prosecutors said on Friday. Two dockworkers were arrested on Wednesday when they tried to remove the drugs.")
    (arrest,) = asserted(ms, EventKind.ARREST)
    assert arrest.places == ("Rotterdam",)


@pytest.mark.parametrize("sentence, toll", [
    ("Rebels detonated a bomb under a police van in Sukma on Wednesday, killing seven officers and their civilian driver.", 8),
    ("Gunmen killed three police officers and two civilians in Kano on Monday.", 5),
    ("A car bomb killed five soldiers and a civilian in Mogadishu on Monday.", 6),
])
def test_the_dead_listed_by_kind_are_one_toll(nlp, sentence, toll):
    (deed,) = asserted(events(nlp, sentence))
    assert deed.count.value == toll


def test_a_count_of_people_and_a_count_of_things_are_not_one_toll(nlp):
    ms = events(nlp, "Police arrested 12 suspects and seized three guns in Kano on Monday.")
    assert asserted(ms, EventKind.ARREST)[0].count.value == 12


@pytest.mark.parametrize("sentence", [
    "Pirates armed with rifles boarded a bulk carrier off the coast of Somalia on Sunday and held its crew hostage.",
    "Pirates had seized the Liberian-flagged ship off the coast of Somalia on Sunday.",
])
def test_pirates_boarding_or_seizing_a_ship_attack_it(nlp, sentence):
    ms = asserted(events(nlp, sentence))
    assert [m.kind for m in ms] == [EventKind.ATTACK] and "Somalia" in ms[0].places


def test_police_seizing_or_commandos_boarding_are_no_piracy(nlp):
    assert [m.kind for m in asserted(events(nlp, "Police seized 40 kilos of cocaine in Durban on Monday."))] == [EventKind.SEIZURE]
    assert {m.kind for m in asserted(events(nlp, "Navy commandos boarded the ship and freed its crew on Monday."))} == {
        EventKind.MILITARY_OPERATION}


@pytest.mark.parametrize("sentence, place", [
    ("Kenyan runner Daniel Rotich won the Berlin Marathon on Sunday in 2 hours, 3 minutes.", "Berlin"),
    ("Max Verstappen won the Monaco Grand Prix on Sunday.", "Monaco"),
])
def test_a_contest_named_after_its_host_is_held_there(nlp, sentence, place):
    (win,) = asserted(events(nlp, sentence), EventKind.SPORTS_RESULT)
    assert win.places == (place,)


def test_a_contest_named_with_a_peoples_word_names_no_place(nlp):
    from newsfold.canon import correct_labels
    from newsfold.nlp import annotate
    from newsfold.model import Article
    from newsfold.places import default_gazetteer

    (annotated,) = list(annotate([Article("t", "t.txt", "", "Jannik Sinner won the Australian Open on Sunday.")], nlp=nlp))
    assert "Australian" not in [m.span.text for m in correct_labels(annotated, default_gazetteer()).mentions]


def test_an_arrest_the_dateline_placed_is_where_the_seizure_told_next_was(nlp):
    ms = events(nlp, "HYDERABAD: Nine persons were arrested on Wednesday for running a fake call centre, police said. "
                     "Cash, 42 mobile phones and 11 laptops were seized from the premises in Madhapur.")
    (arrest,) = asserted(ms, EventKind.ARREST)
    assert arrest.places == ("Madhapur",)


@pytest.mark.parametrize("follow_up, stranger", [
    ("The gunmen were arrested in Sokoto on Wednesday.", "Sokoto"),
    ("The gunmen were later killed by troops in Gusau.", "Gusau"),
    ("The gunmen are believed to be hiding in Sambisa forest.", "Sambisa"),
    ("The attack was condemned in Washington and Paris on Tuesday.", "Washington"),
    ("The gunmen also attacked a church in Jos on Friday.", "Jos"),
    ("The attack came a day after talks in Cairo broke down.", "Cairo"),
])
def test_what_a_later_sentence_says_of_the_doers_is_not_where_the_deed_was(nlp, follow_up, stranger):
    ms = events(nlp, "Gunmen killed four police officers in Zamfara state on Monday, police said. " + follow_up)
    lead = asserted(ms)[0]
    assert stranger not in lead.places and lead.date == "2024-03-11"


def test_a_later_sentence_bounding_the_deed_by_another_day_does_not_date_it(nlp):
    ms = events(nlp, "Gunmen killed 12 people in Zamfara state, police said. The attack was the third since March 2.")
    assert asserted(ms)[0].date != "2024-03-02"


def test_a_contest_is_held_in_its_host_city_not_its_sponsors(nlp):
    (win,) = asserted(events(nlp, "Ruth Chepngetich won the Mexico City Marathon on Sunday."), EventKind.SPORTS_RESULT)
    assert win.places == ("Mexico City",)
    assert all("Zurich" not in m.places for m in events(nlp, "Tiger Woods won the Zurich Classic in New Orleans on Sunday."))


@pytest.mark.parametrize("sentence", [
    "ABUJA — Gunmen killed five people in Kaduna on Monday. Separately, police arrested 20 protesters on Tuesday.",
    "KABUL — A bomb killed nine people in Kandahar on Monday. Police in the capital arrested two suspects.",
])
def test_an_arrest_told_apart_from_the_lead_deed_keeps_the_dateline(nlp, sentence):
    (arrest,) = asserted(events(nlp, sentence), EventKind.ARREST)
    assert "Kaduna" not in arrest.places and "Kandahar" not in arrest.places


def test_an_arrest_is_not_placed_by_a_seizure_of_another_month(nlp):
    ms = events(nlp, "MADRID — Police arrested two men on Monday. "
                     "Customs officers seized two tonnes of cocaine at the port of Algeciras last month.")
    (arrest,) = asserted(ms, EventKind.ARREST)
    assert "Algeciras" not in arrest.places


def test_pirates_of_software_seizing_on_a_leak_attack_nobody(nlp):
    assert not asserted(events(nlp, "Software pirates seized on the leak to copy the film."), EventKind.ATTACK)


def test_people_are_counted_in_one_toll_but_not_with_their_attackers(nlp):
    (deed,) = asserted(events(nlp, "The plane crashed in the Andes on Monday, killing 40 passengers and two pilots."))
    assert deed.count.value == 42


@pytest.mark.parametrize("text, place", [
    ("A bushfire destroyed nine homes near St Helens, the fire service says. "
     "The blaze, which began on Saturday in bushland at Binalong Bay, was fanned by winds.", "Binalong Bay"),
    ("An air strike in the Sagaing region killed at least 30 people on Tuesday, residents said. "
     "The jets bombed Kyauk Taw village as residents gathered for a meeting.", "Kyauk Taw"),
])
def test_what_the_next_sentence_tells_of_the_deed_itself_places_it(nlp, text, place):
    assert place in asserted(events(nlp, text))[0].places


def test_who_the_doers_are_is_not_where_they_did_it(nlp):
    ms = events(nlp, "Gunmen killed four police officers in Zamfara state on Monday. The attackers, who were trained in Quetta, fled.")
    assert "Quetta" not in asserted(ms)[0].places


@pytest.mark.parametrize("sentence", ["Jannik Sinner won the Australian Open on Sunday.", "Scottie Scheffler won the Masters on Sunday."])
def test_winning_a_contest_named_by_its_kind_is_a_result(nlp, sentence):
    assert asserted(events(nlp, sentence), EventKind.SPORTS_RESULT)


def test_winning_an_award_named_open_is_no_result(nlp):
    assert not asserted(events(nlp, "The startup won the Open Innovation award on Monday."), EventKind.SPORTS_RESULT)


def test_an_arrest_placed_at_the_scene_is_sure_enough_to_report(nlp):
    from newsfold.merge import MIN_CONFIDENCE

    ms = events(nlp, "A woman was stabbed to death by her former partner in the town of Abano Terme on Monday evening. "
                     "The man called emergency services himself and was arrested at the scene.")
    (arrest,) = asserted(ms, EventKind.ARREST)
    assert arrest.places[0] == "Abano Terme" and arrest.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize("sentence", [
    "HAMBURG — A man injured four people with a knife on a platform at Hamburg's Altona station on Wednesday, police said.",
    "A teenager wounded two classmates with a kitchen knife at a school in Vienna on Tuesday.",
])
def test_wounding_people_with_a_weapon_is_an_attack(nlp, sentence):
    assert asserted(events(nlp, sentence), EventKind.ATTACK)


def test_hurting_ones_knee_with_a_hammer_is_no_attack(nlp):
    assert not asserted(events(nlp, "He injured his knee with a hammer while fixing a shed."), EventKind.ATTACK)


@pytest.mark.parametrize("sentence", [
    "The state government ordered the arrest of the building's developer on Wednesday.",
    "A court in Lagos issued a warrant for the arrest of the developer.",
])
def test_an_arrest_ordered_or_sought_has_not_happened(nlp, sentence):
    assert not asserted(events(nlp, sentence), EventKind.ARREST)


def test_an_arrest_confirmed_has_happened(nlp):
    assert asserted(events(nlp, "Police confirmed the arrest of two men in Lagos on Tuesday."), EventKind.ARREST)


def test_a_murder_ordered_was_done(nlp):
    ms = events(nlp, "The suspect is alleged to have ordered the murder of two police officers in Navolato in March.")
    assert asserted(ms, EventKind.KILLING)


# --- deaths in accidents and disasters --------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Four people were killed in a road accident near Kanpur on Sunday, police said.",
    "Two cyclists were killed after being hit by a speeding lorry near Aligarh on Sunday.",
    "Heavy rains killed at least nine people in northern Peru over the weekend.",
    "Three people were killed when a mudflow hit a village near Khorog on Tuesday evening.",
    "Seven pilgrims were killed and over 20 injured in a stampede at a shrine near Ajmer on Monday.",
    "The collapse of a four-storey building in Thane on Tuesday killed 12 people.",
])
def test_deaths_in_an_accident_or_a_disaster_are_the_disaster(nlp, sentence):
    ms = events(nlp, sentence)
    assert asserted(ms, EventKind.DISASTER) and not asserted(ms, EventKind.KILLING)


@pytest.mark.parametrize("sentence", [
    "Gunmen killed four people near Kanpur on Sunday, police said.",
    "Two men were killed after being attacked by a mob near Aligarh on Sunday.",
    "A woman was killed in a hit-and-run accident in Queens on Friday night; the driver was charged on Saturday.",
    "A woman died after being hit by a car that fled the scene in Queens, and the driver now faces manslaughter charges.",
])
def test_deaths_at_the_hands_of_people_stay_killings(nlp, sentence):
    assert not asserted(events(nlp, sentence), EventKind.DISASTER)


def test_the_collapse_of_a_building_is_a_disaster_but_not_the_collapse_of_talks(nlp):
    assert asserted(events(nlp, "Rescuers searched the rubble after the collapse of a hotel in Izmir on Friday."), EventKind.DISASTER)
    assert not asserted(events(nlp, "Markets fell after the collapse of the talks in Geneva on Friday."), EventKind.DISASTER)


# --- tolls that rose ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,toll", [
    ("The death toll from the earthquake that struck Van province on Sunday rose to 11, officials said on Tuesday.", 11),
    ("The death toll from the sinking of a ferry off Batam on Friday night has risen to 17.", 17),
    ("The number of people killed when a bus plunged into a gorge near Huaraz on Sunday rose to 31 after "
     "three injured passengers died in hospital.", 31),
    ("Rescuers found two more bodies after a landslide buried homes in Ambon, bringing the death toll to eight.", 8),
])
def test_a_toll_that_rose_counts_the_dead_of_the_event(nlp, sentence, toll):
    counts = {m.count.value for m in asserted(events(nlp, sentence), EventKind.DISASTER) if m.count}
    assert counts == {toll}


def test_a_running_tally_is_no_events_toll(nlp):
    ms = events(nlp, "A teenager was shot dead in Lyon on Saturday. The killing brings to 24 the number of people "
                     "killed in drug-related shootings in the city since January.")
    assert all(not m.count or m.count.value != 24 for m in asserted(ms))


def test_the_day_a_toll_rose_is_not_the_day_of_the_disaster(nlp):
    ms = events(nlp, "The death toll in the collapse of a five-storey building in Bhiwandi rose to 14 on Thursday.",
                published=date(2024, 3, 15))
    assert all(m.date != "2024-03-14" for m in asserted(ms, EventKind.DISASTER))


# --- munitions that strike ---------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "A guided bomb hit a village council building in Khotin on Monday afternoon, injuring three civilians.",
    "At least five mortar shells landed near the airport in Mogadishu on Wednesday evening, injuring three people.",
    "A rocket struck a school in Kharkiv on Monday, killing two children.",
])
def test_a_munition_that_struck_is_an_attack(nlp, sentence):
    assert asserted(events(nlp, sentence), EventKind.ATTACK)


@pytest.mark.parametrize("sentence", [
    "The company's new delivery drone hit the market in 2024, selling two million units.",
    "If a missile hit the plant, thousands could die, the report warned.",
])
def test_a_munition_in_a_figure_of_speech_or_a_hypothesis_is_no_attack(nlp, sentence):
    assert not asserted(events(nlp, sentence), EventKind.ATTACK)


def test_winning_the_race_for_a_seat_against_a_party_rival_is_an_election(nlp):
    ms = events(nlp, "Democrat Ana Ruiz won the race for Oregon's 5th Congressional District on Tuesday, defeating "
                     "Republican Rep. Carl Dorn.", published=date(2026, 11, 4))
    (vote,) = asserted(ms, EventKind.ELECTION)
    assert vote.date == "2026-11-03" and not asserted(ms, EventKind.SPORTS_RESULT)
    assert not asserted(events(nlp, "The Republican senator won praise from Democrats for the bill."))


def test_shareholders_voting_on_a_merger_hold_no_election(nlp):
    ms = events(nlp, "Shareholders of Vellmar Mining voted on Thursday to approve its merger with Quillon Metals.")
    assert not asserted(ms, EventKind.ELECTION)
    assert asserted(events(nlp, "Ghanaians voted on Saturday in a presidential election."), EventKind.ELECTION)


def test_a_proposed_merger_that_a_regulator_blocked_did_not_happen(nlp):
    ms = events(nlp, "The competition regulator on Thursday blocked the proposed merger of broadband providers Kestrel Net "
                     "and Outback Link.")
    assert not asserted(ms, EventKind.ACQUISITION)
    assert asserted(events(nlp, "Kestrel Net completed its $2 billion merger with Outback Link on Thursday."), EventKind.ACQUISITION)


def test_fighting_that_left_people_dead_is_fighting(nlp):
    (fight,) = asserted(events(nlp, "Similar fighting in the province last July left more than 1,000 people dead, according to "
                                    "the monitor.",
                               published=date(2026, 2, 10)), EventKind.MILITARY_OPERATION)
    assert fight.date == "2025-07" and fight.count is not None and fight.count.value == 1000
    assert not asserted(events(nlp, "Fighting corruption killed his career, the former minister said."))


def test_a_vehicle_driven_into_a_crowd_is_an_attack_where_the_crowd_was(nlp):
    (attack,) = asserted(events(nlp, "A man drove a truck into a crowd in Lyon on Thursday, killing 12 people."), EventKind.ATTACK)
    assert attack.places == ("Lyon",)
    ms = events(nlp, "An elderly driver lost control of his car and ploughed into a crowd at a market in Leeds.")
    assert not asserted(ms, EventKind.ATTACK)
    # a ramming followed by a stabbing is one attack, told by the stabbing and placed where it was
    ms = events(nlp, "Three men drove a hired van into pedestrians on the bridge before stabbing people in the area "
                     "around Covent Market.")
    assert [m.trigger.text for m in asserted(ms, EventKind.ATTACK)] == ["stabbing"]


def test_a_mining_pit_that_collapsed_is_a_disaster_and_an_island_named_with_of_is_a_place(nlp):
    ms = events(nlp, "Rescuers recovered 11 bodies from an illegal gold mining pit that collapsed near Tarkwa on Saturday.")
    assert asserted(ms, EventKind.DISASTER)
    ms = events(nlp, "Nine migrants died after their boat capsized off the Italian island of Lampedusa overnight.")
    assert any("Lampedusa" in m.places for m in asserted(ms, EventKind.DISASTER))


@pytest.mark.parametrize("sentence", [
    "Ethiopia's Abebe Tola took the men's title at the Seoul Marathon on Sunday in 2:05:10.",
    "On Saturday, Kowalska stunned top seed Irina Volkova in the semifinals in Doha.",
    "The first leg of the final in Tunis on Sunday ended 1-1.",
])
def test_a_result_told_without_beat_or_won_is_a_result(nlp, sentence):
    assert asserted(events(nlp, sentence), EventKind.SPORTS_RESULT)


@pytest.mark.parametrize("sentence", [
    "The rebels took the title of liberators after the siege.",
    "The news stunned investors in the final hour of trading on Friday.",
    "The council meeting ended 2-1 in favour of the motion on Friday.",
])
def test_titles_stuns_and_scores_outside_sport_are_no_results(nlp, sentence):
    assert not asserted(events(nlp, sentence), EventKind.SPORTS_RESULT)


@pytest.mark.parametrize("sentence,place", [
    ("Thousands gathered in Nairobi on Monday to protest against the tax bill.", "Nairobi"),
    ("About 3,000 farmers drove their tractors into Brussels on Thursday to protest against the trade pact.", "Brussels"),
])
def test_a_protest_told_as_the_purpose_of_a_gathering_is_where_they_gathered(nlp, sentence, place):
    (protest,) = asserted(events(nlp, sentence), EventKind.PROTEST)
    assert protest.places == (place,)


def test_workers_blocking_a_highway_protest_but_a_truck_blocking_a_road_does_not(nlp):
    ms = events(nlp, "A worker was killed when police opened fire on thousands of workers blocking a highway in Ashulia on Monday.")
    assert asserted(ms, EventKind.PROTEST)
    assert not asserted(events(nlp, "Police found a truck blocking the road near Leeds on Monday."), EventKind.PROTEST)


def test_a_national_vote_is_not_placed_in_the_town_the_report_is_filed_from(nlp):
    ms = events(nlp, "KATHMANDU, March 12 (Xinhua) -- Nepal's Election Commission on Thursday declared the final results "
                     "of the March 5 House of Representatives election, with the Citizens' Party winning 92 of the 165 seats.",
                published=date(2026, 3, 12))
    (vote,) = asserted(ms, EventKind.ELECTION)
    assert vote.date == "2026-03-05" and "KATHMANDU" not in vote.places and "Kathmandu" not in vote.places
    # a deed in the capital still is placed at the dateline
    (arrest,) = asserted(events(nlp, "LUSAKA (Reuters) - Police arrested 40 people on Saturday for looting."), EventKind.ARREST)
    assert arrest.places


def test_a_first_round_of_voting_is_a_vote_of_its_own(nlp):
    ms = events(nlp, "Peruvians voted on Sunday after a fragmented first round on April 12, in which 35 candidates ran.",
                published=date(2026, 6, 8))
    assert {m.date for m in asserted(ms, EventKind.ELECTION)} == {"2026-06-07", "2026-04-12"}
    assert not asserted(events(nlp, "Vesely lost in the first round of the Madrid Open on Tuesday, his coach said."),
                        EventKind.ELECTION)


def test_troops_that_exchanged_fire_attacked(nlp):
    ms = events(nlp, "Thai and Cambodian troops exchanged fire near a disputed temple early on Wednesday, officials said.")
    assert asserted(ms, EventKind.ATTACK)


def test_insurgents_killed_in_clashes_are_the_clashes_dead(nlp):
    ms = events(nlp, "Security forces said they killed 15 insurgents in clashes in Macomia district on Monday.")
    assert asserted(ms, EventKind.MILITARY_OPERATION) and not asserted(ms, EventKind.KILLING)


@pytest.mark.parametrize("sentence", [
    "Villagers demanded compensation for a farmer who was killed by a tiger near Dudhwa on Saturday.",
    'The chairman said the company had "killed it" in overseas markets this year.',
])
def test_deaths_by_animals_and_successes_are_no_killings(nlp, sentence):
    assert not asserted(events(nlp, sentence), EventKind.KILLING)


@pytest.mark.parametrize("sentence", [
    "The opposition launched a scathing attack on the national budget in parliament on Tuesday.",
    "The manager has shot down reports that the club is about to sign a striker from Rosenborg.",
    "India beat Australia by six wickets in the first ODI on Saturday. Verma took the Australian attack apart, hitting "
    "11 fours.",
])
def test_attacks_in_words_or_in_cricket_and_shot_down_reports_are_no_attacks(nlp, sentence):
    assert not asserted(events(nlp, sentence), EventKind.ATTACK)


def test_an_attack_on_a_police_station_and_a_drone_shot_down_stay_attacks(nlp):
    assert asserted(events(nlp, "Gunmen launched an attack on a police station in Jos on Tuesday."), EventKind.ATTACK)
    assert asserted(events(nlp, "A fan was stabbed in an attack outside the stadium after the match on Sunday."), EventKind.ATTACK)


def test_a_tally_over_separate_events_is_none_of_them(nlp):
    ms = events(nlp, "At least nine people were killed in three separate armed attacks in Guanajuato on Monday. In Celaya, "
                     "gunmen opened fire on a group of men outside a car wash, killing four.")
    assert all(not m.count or m.count.value != 9 for m in asserted(ms))
    assert [m.places for m in asserted(ms, EventKind.ATTACK)] == [("Celaya",)]
    # two bombings with no word that tells them apart may be one attack
    assert asserted(events(nlp, "Thirty people were killed in two bombings in Baghdad on Monday."), EventKind.ATTACK)


def test_a_plane_that_crashed_after_takeoff_crashed_near_where_it_took_off(nlp):
    ms = events(nlp, "ANCHORAGE, Alaska (AP) - A small plane crashed shortly after takeoff from Soldotna on Monday afternoon, "
                     "killing all four people on board, troopers said.")
    (crash,) = asserted(ms, EventKind.DISASTER)
    assert crash.places == ("Soldotna",)


def test_a_name_after_the_municipality_of_is_a_place_whatever_its_size(nlp):
    (attack,) = asserted(events(nlp, "Rebels attacked a base in the municipality of Tibú, in the Catatumbo region, early on "
                                     "Monday."), EventKind.ATTACK)
    assert "Tibú" in attack.places


def test_the_bodies_recovered_count_the_dead_of_the_disaster(nlp):
    (collapse,) = asserted(events(nlp, "Rescuers have recovered 11 bodies from an illegal gold mining pit that collapsed near "
                                       "Tarkwa on Saturday."), EventKind.DISASTER)
    assert collapse.count is not None and collapse.count.value == 11
    # bodies found with no disaster told are no disaster's toll
    assert not asserted(events(nlp, "Police found two bodies in a car in Leeds on Monday."), EventKind.DISASTER)


@pytest.mark.parametrize("sentence", [
    "The Danube overflowed on Monday, flooding villages near Vienna.",
    "The river overflowed its banks near Kano on Sunday.",
])
def test_a_river_that_overflowed_is_a_flood(nlp, sentence):
    assert asserted(events(nlp, sentence), EventKind.DISASTER)


def test_an_inbox_that_overflowed_is_no_flood(nlp):
    assert not asserted(events(nlp, "Her inbox overflowed with messages on Monday."), EventKind.DISASTER)


def test_a_group_that_will_keep_attacking_threatens_and_a_missile_that_struck_is_the_attack_told(nlp):
    assert not asserted(events(nlp, "The group has said it will keep targeting ships in the Red Sea until its demands are met."),
                        EventKind.ATTACK)
    ms = events(nlp, "Rebels fired two missiles at a container ship off the port of Hodeidah on Thursday. One missile struck "
                     "the vessel, causing minor damage.")
    assert len(asserted(ms, EventKind.ATTACK)) == 1


def test_a_river_that_overflowed_in_a_clause_of_time_is_a_circumstance_of_the_flood_told(nlp):
    ms = events(nlp, "Rescue teams worked through the night to reach families stranded on rooftops after the Mejerda river "
                     "overflowed.")
    assert not asserted(ms, EventKind.DISASTER)


def test_a_gang_of_five_arrested_counts_five(nlp):
    (arrest,) = asserted(events(nlp, "Police said on Monday they had arrested a gang of five accused of robbing a currency "
                                     "exchange in Sharjah."), EventKind.ARREST)
    assert arrest.count is not None and arrest.count.value == 5
    assert not asserted(events(nlp, "Security forces have dismantled 168 terrorist cells since 2002."), EventKind.ARREST)


# --- counter-examples a review of the rules above found --------------------------------------

@pytest.mark.parametrize("sentence,kind", [
    ("Shell struck a deal with QatarEnergy in Doha on Monday.", EventKind.ATTACK),
    ("The truckers' strike hit fuel supplies in Nairobi on Tuesday.", EventKind.ATTACK),
    ("The rocket landed safely in the Pacific Ocean on Sunday, the company said.", EventKind.ATTACK),
    ("Her long battle with cancer claimed her life on Sunday in Boston.", EventKind.MILITARY_OPERATION),
    ("The president met opposition leaders on Monday for the first round of talks in Caracas.", EventKind.ELECTION),
    ("St Peter's Square overflowed with pilgrims on Sunday as the Pope celebrated Mass.", EventKind.DISASTER),
    ("Nvidia clinched the crown of the world's most valuable company on Tuesday.", EventKind.SPORTS_RESULT),
    ("The two leaders exchanged fire over trade in Washington on Monday.", EventKind.ATTACK),
    ('"We killed it in Europe last quarter," the chief executive said on Tuesday.', EventKind.KILLING),
])
def test_look_alikes_of_the_new_rules_are_no_events(nlp, sentence, kind):
    assert not asserted(events(nlp, sentence), kind)


def test_what_the_new_rules_must_leave_alone(nlp):
    # a parliament electing a president votes
    assert asserted(events(nlp, "Lebanon's parliament voted on Thursday for army chief Joseph Aoun as president."), EventKind.ELECTION)
    # "all 71 on board" is the toll, not people told before
    (crash,) = asserted(events(nlp, "All 71 on board were killed when the plane crashed near Pokhara on Sunday."), EventKind.DISASTER)
    assert crash.count is not None and crash.count.value == 71 and not crash.count.by_name
    # multiple attacks may be one assault
    assert asserted(events(nlp, "Militants launched multiple attacks on army posts in Borno state on Sunday."), EventKind.ATTACK)
    # a people is no place, even before "area"
    (attack,) = asserted(events(nlp, "Gunmen attacked a Shiite area of Baghdad on Friday, killing five people."), EventKind.ATTACK)
    assert "Shiite" not in attack.places
    # a toll that only "stood at three" leaves the dateline its place; an accord signed there is placed there
    (strike,) = asserted(events(nlp, "KYIV - A Russian missile hit an apartment building on Monday, and the death toll stood at "
                                     "three, officials said."), EventKind.ATTACK)
    assert strike.places
    assert any(m.places for m in asserted(events(nlp, "DOHA - The United States and the Taliban signed an agreement on Saturday."),
                                          EventKind.COOPERATION))


def test_more_bodies_pulled_from_the_rubble_are_no_toll(nlp):
    ms = events(nlp, "Rescuers pulled three more bodies from the rubble of the earthquake in Turkey on Tuesday.")
    assert all(m.count is None for m in asserted(ms, EventKind.DISASTER))


@pytest.mark.parametrize("sentence", [
    "The visitors attacked relentlessly in the opening 20 minutes and led 12-6 at the break, but a double strike from the "
    "winger shortly after half-time killed off the contest.",
    "Kelly shot a final-round 66 to win the Coastal Open by three strokes at Lake Karrinyup on Sunday, his first title.",
    "Ramos fired a low shot past the goalkeeper in the 12th minute and struck again from a corner before halftime.",
    "Braga attacked relentlessly after the break and pulled one back from the penalty spot in stoppage time.",
])
def test_match_reports_told_in_words_of_violence_are_no_attacks(nlp, sentence):
    ms = events(nlp, sentence)
    assert not asserted(ms, EventKind.ATTACK) and not asserted(ms, EventKind.KILLING)


def test_a_gunman_who_shot_golfers_attacked(nlp):
    assert asserted(events(nlp, "A gunman shot two golfers at a club near Perth on Sunday."), EventKind.ATTACK)


def test_deaths_told_before_the_accident_clause_of_another_verb_are_the_accident(nlp):
    ms = events(nlp, "Two teenagers have died and another is fighting for life after their car hit a tree on the Bruce "
                     "Highway near Gympie late on Friday night.", published=date(2025, 6, 14))
    (crash,) = asserted(ms, EventKind.DISASTER)
    assert "Gympie" in crash.places and crash.date == "2025-06-13"


def test_a_stroke_a_victim_suffered_makes_no_match_report(nlp):
    ms = events(nlp, "A man who suffered a stroke last year was the target of an attack on his home in Leeds on Monday.")
    assert asserted(ms, EventKind.ATTACK)


def test_a_shot_dead_the_parser_read_as_a_noun_is_a_killing(nlp):
    ms = events(nlp, "Unidentified gunmen riding a motorcycle shot dead a polio worker and the policeman escorting her in "
                     "Mamund tehsil of Bajaur district on Wednesday, police said.", published=date(2022, 10, 26))
    (killing,) = asserted(ms, EventKind.KILLING)
    assert "Bajaur" in killing.places and killing.date == "2022-10-26"
    assert not asserted(events(nlp, "He was found dead in his flat in Leeds on Monday, his family said."), EventKind.KILLING)


def test_a_coach_fired_on_a_day_is_dismissed_not_shot_at(nlp):
    assert not asserted(events(nlp, "Vila Nova fired coach Rui Lemos on Monday, two days after a 5-0 home defeat."), EventKind.ATTACK)
    assert asserted(events(nlp, "Troops fired on protesters in Bamako on Monday."), EventKind.ATTACK)


def test_a_tanker_that_overturned_and_exploded_is_an_accident(nlp):
    ms = events(nlp, "At least 38 people were killed when a fuel tanker overturned and exploded near Essa on Saturday.")
    assert asserted(ms, EventKind.DISASTER) and not asserted(ms, EventKind.ATTACK)


def test_a_bomb_word_in_the_sentence_before_does_not_make_a_boiler_blast_a_bombing(nlp):
    ms = events(nlp, "Police said there was no evidence of sabotage. Weeks earlier, an explosion in a boiler at a garment "
                     "factory in Korangi killed three workers.")
    assert asserted(ms, EventKind.DISASTER) and not asserted(ms, EventKind.ATTACK)
    assert asserted(events(nlp, "A bomb planted by militants exploded at a garment factory in Korangi, killing three workers."),
                    EventKind.ATTACK)


@pytest.mark.parametrize("sentence", [
    "In October, a police operation against a gang in the Alemao favelas left more than 120 people dead.",
    "A police raid on the Mare favelas killed 12 people on Monday.",
])
def test_a_police_operation_that_left_people_dead_is_violence_not_an_arrest(nlp, sentence):
    ms = events(nlp, sentence)
    assert not asserted(ms, EventKind.ARREST)
    assert [m.count.value for m in asserted(ms) if m.count] and all(m.count.value in {120, 12} for m in asserted(ms) if m.count)
    assert asserted(events(nlp, "A police raid in Leeds left 30 people homeless on Monday."), EventKind.ARREST)


@pytest.mark.parametrize("sentence", [
    "Ecuador seized a record 294 tons of drugs last year, most of it at its Pacific ports.",
    "Colombia extradited more than 200 people to the United States last year.",
])
def test_a_years_tally_of_seizures_or_arrests_is_no_event(nlp, sentence):
    assert not asserted(events(nlp, sentence))


def test_one_raid_of_last_year_or_a_record_haul_in_a_raid_stays_an_event(nlp):
    assert asserted(events(nlp, "Police arrested 12 men in Quito last year."), EventKind.ARREST)
    assert asserted(events(nlp, "Police seized a record 6 tons of cocaine in a raid in Quito on Monday."), EventKind.SEIZURE)


def test_a_post_that_came_under_attack_places_the_attack(nlp):
    (m,) = asserted(events(nlp, "A police check post in Bannu came under attack on Monday night, leaving two policemen injured."),
                    EventKind.ATTACK)
    assert "Bannu" in m.places


def test_a_general_strike_is_the_countrys_not_the_datelines(nlp):
    text = ("BUENOS AIRES (Reuters) - Argentina's largest union federation staged a 24-hour general strike on Wednesday "
            "against the labour reform.")
    (m,) = asserted(events(nlp, text, published=date(2026, 4, 15)), EventKind.PROTEST)
    assert m.places == ("Argentina",) and m.date == "2026-04-15"
    text = "BUENOS AIRES (Reuters) - Hundreds of teachers staged a strike on Wednesday against the labour reform."
    (n,) = asserted(events(nlp, text, published=date(2026, 4, 15)), EventKind.PROTEST)
    assert n.places == ("BUENOS AIRES",)
    text = "KADUNA, Nigeria (Reuters) - Teachers in Kaduna state began a general strike on Monday over unpaid salaries."
    (k,) = asserted(events(nlp, text, published=date(2026, 4, 15)), EventKind.PROTEST)
    assert k.places  # a state's general strike keeps its place



@pytest.mark.parametrize(("sentence", "place"), [
    ("Five people died on Monday after a matatu overturned at Salgaa on the highway, traffic police said.", "Salgaa"),
    ("In Etawah, three members of a family died when their car rammed into a stationary truck on the expressway.", "Etawah"),
])
def test_deaths_in_a_vehicle_that_overturned_or_rammed_a_truck_are_an_accident(nlp, sentence, place):
    (m,) = asserted(events(nlp, sentence), EventKind.DISASTER)
    assert place in m.places and m.count.value in {5, 3}
    assert not asserted(events(nlp, "Two men died when gunmen opened fire on their car in Kano."), EventKind.DISASTER)


def test_a_landslide_that_swept_a_bus_away_is_dated_by_the_sweeping(nlp):
    ms = events(nlp, "Rescuers recovered seven bodies on Wednesday after a passenger bus was swept into the Trishuli river "
                     "by a landslide at Simaltal early Tuesday, police said.", published=date(2026, 8, 5))
    (m,) = asserted(ms, EventKind.DISASTER)
    assert m.date == "2026-08-04"


def test_arrests_summed_over_separate_investigations_are_none_of_them(nlp):
    ms = events(nlp, "Police say they have seized more than 40 kilograms of fentanyl and arrested five people in two separate "
                     "investigations in the Lower Mainland.")
    assert not [m for m in asserted(ms) if m.count]
    assert asserted(events(nlp, "Police arrested five people in a raid in Surrey on Monday."), EventKind.ARREST)


def test_a_news_roundup_is_no_arrest(nlp):
    assert not asserted(events(nlp, "Gulf roundup: Dubai gang held, fire in Mangaf"), EventKind.ARREST)
    assert asserted(events(nlp, "Police in Calais carried out a roundup of 40 migrants on Monday."), EventKind.ARREST)


def test_prosecutors_telling_of_an_arrest_do_not_place_it(nlp):
    (m,) = asserted(events(nlp, "Police arrested two suspected smugglers among the survivors, prosecutors in Agrigento said."),
                    EventKind.ARREST)
    assert "Agrigento" not in m.places
    (n,) = asserted(events(nlp, "Police in Medellin say they have broken up a drug ring."), EventKind.ARREST)
    assert "Medellin" in n.places


def test_fighting_between_sides_is_placed_around_where_they_fought_not_at_a_sides_name(nlp):
    ms = asserted(events(nlp, "Fighting broke out on Tuesday between M23 rebels and pro-government militias around Mwenga in "
                              "South Kivu province, residents said."))
    assert ms and all("Mwenga" in m.places and "M23" not in m.places for m in ms)


def test_a_deed_something_came_after_happened(nlp):
    ms = events(nlp, "The vote was called after the youth-led protests in Kathmandu in September 2025.", published=date(2026, 3, 12))
    assert asserted(ms, EventKind.PROTEST)
    ms = events(nlp, "Opposition leaders plan to hold rallies in Harare after the presidential election.", published=date(2026, 3, 12))
    assert not asserted(ms, EventKind.ELECTION)  # what a plan is to come after has not happened


def test_a_similar_explosion_to_an_accident_is_an_accident(nlp):
    ms = events(nlp, "At least 38 people were killed when a fuel tanker overturned and exploded near Essa on Saturday. In January "
                     "2025, a similar explosion in the same state killed 98 people.", published=date(2026, 10, 19))
    assert not asserted(ms, EventKind.ATTACK)
    assert {m.count.value for m in asserted(ms, EventKind.DISASTER) if m.count} == {38, 98}


# --- counter-examples a reviewer found for this stop's rules ------------------------------------

def test_a_crime_told_by_police_in_a_town_is_in_that_town(nlp):
    (m,) = asserted(events(nlp, "A man stabbed three people at a bus stop on Tuesday, police in Hamburg said."), EventKind.ATTACK)
    assert "Hamburg" in m.places


@pytest.mark.parametrize(("sentence", "kind"), [
    ("A stampede at a temple in Uttar Pradesh killed a record 121 people on Tuesday, the worst such disaster this year.",
     EventKind.DISASTER),
    ("Police arrested 60 protesters during a march in Minsk on Sunday, a year after last year's disputed election.",
     EventKind.ARREST),
    ("Police arrested 50 people in a raid on a nightclub in Bangkok on Saturday, the biggest drugs bust this year.",
     EventKind.ARREST),
    ("Gunmen killed 30 villagers in three different villages in Zamfara state on Sunday.", EventKind.KILLING),
])
def test_one_days_deed_beside_a_years_words_or_places_told_apart_stays_an_event(nlp, sentence, kind):
    assert [m for m in asserted(events(nlp, sentence), kind) if m.count]


def test_deadly_military_operations_stay_military_and_a_raid_that_killed_no_one_is_an_arrest(nlp):
    assert asserted(events(nlp, "A military operation against Islamic State fighters killed 40 militants near Mosul on Sunday."),
                    EventKind.MILITARY_OPERATION)
    ms = events(nlp, "The police raid on a drugs den in Durban on Friday killed no one, and 12 suspects were arrested.")
    assert not asserted(ms, EventKind.ATTACK)


@pytest.mark.parametrize("sentence, kind", [
    ("The police raid on a compound in Kisumu on Friday killed no one, officers said.", EventKind.KILLING),
    ("Police arrested nobody at the rally in Accra on Saturday.", EventKind.ARREST),
    ("Soldiers killed none of the hostages during the rescue near Gao.", EventKind.KILLING),
])
def test_a_deed_done_to_no_one_did_not_happen(nlp, sentence, kind):
    assert not asserted(events(nlp, sentence), kind)


def test_a_deed_done_to_no_fewer_than_twenty_happened(nlp):
    (attack,) = asserted(events(nlp, "The bombing killed no fewer than 20 people in Kabul on Monday."), EventKind.ATTACK)
    assert attack.count and attack.count.value == 20


def test_a_car_rammed_into_a_crowd_is_an_attack_not_an_accident(nlp):
    ms = events(nlp, "Four people died when a car rammed into a crowd at a Christmas market in Magdeburg on Friday.")
    assert asserted(ms, EventKind.ATTACK) and not asserted(ms, EventKind.DISASTER)


def test_a_passive_verb_joined_to_another_has_no_doer_of_it(nlp):
    ms = events(nlp, "The Galatasaray goalkeeper left the stadium after Sunday's match against Fenerbahce and was attacked by "
                     "masked men in Istanbul.")
    assert asserted(ms, EventKind.ATTACK)


def test_a_tanker_a_suicide_bomber_drove_into_exploded_in_an_attack(nlp):
    ms = events(nlp, "A suicide bomber drove a car into a fuel tanker at a checkpoint in Hilla on Monday. The tanker exploded, "
                     "killing 40 people.")
    assert asserted(ms, EventKind.ATTACK) and not asserted(ms, EventKind.DISASTER)


def test_what_a_deed_was_done_to_is_no_number_of_its_doers(nlp):
    ms = events(nlp, "Police shot dead two robbers who had stolen three cars in Lyon on Monday.")
    assert not [f for m in ms for f in m.figures if f.what.startswith("number of")]


def test_protests_around_an_anniversary_of_a_deed_elsewhere_are_not_there(nlp):
    ms = asserted(events(nlp, "Protests erupted around the anniversary of the Tiananmen crackdown in Beijing, in Hong Kong on "
                              "Thursday."), EventKind.PROTEST)
    assert ms and all("Beijing" not in m.places for m in ms)


def test_a_roundup_set_off_by_dashes_is_still_an_arrest(nlp):
    ms = events(nlp, "Police said the roundup - the biggest this year - netted 40 suspected smugglers in Calais on Tuesday.")
    assert asserted(ms, EventKind.ARREST)


def test_a_deed_in_the_same_area_is_where_the_last_placed_deed_was(nlp):
    ms = events(nlp, "A magnitude 4.4 earthquake struck near the town of Gubbio in Umbria early Tuesday, cracking two church "
                     "facades. An aftershock of magnitude 3.8 hit the same area about forty minutes later.")
    quakes = asserted(ms, EventKind.DISASTER)
    assert {f.value for m in quakes for f in m.figures} == {4.4, 3.8} and all("Gubbio" in m.places for m in quakes)
    ms = events(nlp, "A magnitude 4.4 earthquake struck near the town of Gubbio in Umbria early Tuesday. Another quake hit "
                     "central Italy in July.")
    assert "Gubbio" not in asserted(ms, EventKind.DISASTER)[-1].places  # not "the same" place: not inherited


def test_a_strike_by_workers_at_a_plant_in_a_town_is_in_that_town(nlp):
    ms = events(nlp, "On Wednesday, workers at the company's processing plant in Salta staged a 24-hour strike to demand job "
                     "guarantees.")
    (m,) = asserted(ms, EventKind.PROTEST)
    assert m.places == ("Salta",)


def test_a_protest_police_made_arrests_during_is_where_they_made_them(nlp):
    ms = events(nlp, "In Ivory Coast, police in Abidjan arrested 31 people during a protest by market traders against the "
                     "relocation of the Adjame market on Tuesday.")
    (m,) = asserted(ms, EventKind.PROTEST)
    assert "Abidjan" in m.places


def test_a_result_is_in_the_one_town_its_sentence_names_not_in_the_teams_countries(nlp):
    (m,) = asserted(events(nlp, "Canada won gold at the world junior hockey championship on Monday night, beating Sweden 3-2 in "
                                "overtime in the final in Ottawa."), EventKind.SPORTS_RESULT)
    assert m.places == ("Ottawa",)


# --- wordings of protests, operations and accidents (from dev5 misses) -----------------------

@pytest.mark.parametrize("sentence", [
    "About 2,000 workers at the copper mine near Kolwezi downed tools on Monday to demand unpaid bonuses.",
    "About 2,000 workers at the Chinese-owned Lukuni copper mine near Kolwezi, in the Democratic Republic of Congo's "
    "Lualaba province, downed tools on Monday to demand the payment of bonuses.",  # parsed as tools that are downed
    "The 12-hour shutdown called by traders' bodies was observed across Shillong on Tuesday.",
    "Traders observed a bandh in Imphal on Friday against the eviction drive.",
    "Coca growers blocked the main highway to the Yungas region for a third day on Wednesday.",
    "Police made nine arrests after disorder broke out in the Belgrave area of Leicester on Thursday night.",
])
def test_a_protest_told_in_the_words_of_strikes_shutdowns_blockades_and_disorder(nlp, sentence):
    assert asserted(events(nlp, sentence), EventKind.PROTEST)


@pytest.mark.parametrize("sentence", [
    "The government shutdown ended on Monday after Congress passed a spending bill.",
    "Workers downed their drinks and left the bar on Monday.",
    "The plant's shutdown for maintenance lasted two weeks.",
])
def test_no_protest_in_a_government_shutdown_or_a_drink(nlp, sentence):
    assert not asserted(events(nlp, sentence), EventKind.PROTEST)


def test_fighters_an_army_neutralised_were_killed_in_its_operation(nlp):
    (op,) = asserted(events(nlp, "The Turkish army neutralised 13 PKK terrorists in northern Iraq on Wednesday, the "
                                 "ministry said.", published=date(2024, 3, 15)), EventKind.MILITARY_OPERATION)
    assert op.count is not None and op.count.value == 13 and op.date == "2024-03-13"
    # told with the strikes that did it: the strikes, with their dead
    strikes = asserted(events(nlp, "The Malian army said on Thursday it had neutralised about 40 terrorists in air strikes "
                                   "near Nioro du Sahel on Wednesday.", published=date(2024, 3, 15)), EventKind.ATTACK)
    assert any(m.count is not None and m.count.value == 40 for m in strikes)
    assert not [m for m in events(nlp, "Police neutralised the threat quickly on Monday, and bomb experts neutralized "
                                       "the device.") if m.kind is EventKind.MILITARY_OPERATION]


def test_deaths_in_a_gas_explosion_at_a_mine_are_the_accident(nlp):
    ms = events(nlp, "Seven miners were killed in a methane gas explosion at an underground coal mine in the town of "
                     "Sutatausa on Saturday.")
    assert asserted(ms, EventKind.DISASTER) and not asserted(ms, EventKind.ATTACK)
    assert asserted(events(nlp, "Five people were killed in a bomb explosion at a market in Kano on Saturday."), EventKind.ATTACK)


def test_where_residents_live_is_where_they_protest_and_a_resort_is_where_the_avalanche_fell(nlp):
    (protest,) = asserted(events(nlp, "Residents of Diepsloot, north of Johannesburg, barricaded roads with burning tyres on "
                                      "Thursday in a protest over power cuts."), EventKind.PROTEST)
    assert protest.places == ("Diepsloot",)
    ms = events(nlp, "Two off-piste skiers were killed by an avalanche above the resort of Verbier in the Swiss canton of Valais on Monday.")
    assert any("Verbier" in m.places for m in asserted(ms, EventKind.DISASTER))


@pytest.mark.parametrize("sentence", [
    "Tropical Cyclone Hagos made landfall near Morondava on Saturday with winds of 150 km/h, killing at least three people.",
    "Storm Jana brought winds of up to 140 km/h to northern Portugal on Thursday, killing a woman in Braga.",
    "Three pilgrims were killed and two injured when boulders rolled down a hillside near Sonprayag on Tuesday.",
    "An explosion at an illegal fireworks workshop in Tultepec killed five people and injured seven on Friday.",
])
def test_the_dead_of_a_storm_a_rockfall_or_a_workshop_blast_are_the_disasters(nlp, sentence):
    ms = events(nlp, sentence)
    assert asserted(ms, EventKind.DISASTER) and not asserted(ms, EventKind.KILLING) and not asserted(ms, EventKind.ATTACK)


def test_the_dead_of_gunmen_who_stormed_a_village_are_no_disasters(nlp):
    ms = events(nlp, "Gunmen stormed the village of Kadawa on Monday, killing 12 people.")
    assert asserted(ms, EventKind.ATTACK) and not asserted(ms, EventKind.DISASTER)


@pytest.mark.parametrize("sentence, kind", [
    ("Unknown persons set fire to a Vietnamese restaurant in Cottbus overnight into Monday.", EventKind.ATTACK),
    ("Gunmen set homes alight in Kadawa village on Tuesday.", EventKind.ATTACK),
    ("Hurricane Omar made landfall near Cabo Rojo in southwestern Puerto Rico early Friday.", EventKind.DISASTER),
    ("Police made nine arrests in Leicester on Thursday night.", EventKind.ARREST),
    ("In January, the coast guard detained a Chinese-crewed cargo ship off Penghu.", EventKind.SEIZURE),
    ("Samoa lost 20-24 to Georgia in Tbilisi on Sunday after conceding a late try.", EventKind.SPORTS_RESULT),
    ("About 50 traders gathered outside the Civic Centre on Tuesday evening, holding placards.", EventKind.PROTEST),
    ("The union's last strike at the operator, in March, halted most of its trains in Hesse.", EventKind.PROTEST),
    ("Hundreds of taxi drivers staged a go-slow on Lisbon's ring road on Monday morning.", EventKind.PROTEST),
    ("In June last year, more than a dozen tourists were swept away by the swollen Swat River near Mingora.", EventKind.DISASTER),
    ("Health authorities in Santa Cruz declared a dengue epidemic on Monday after recording four deaths.", EventKind.DISASTER),
    ("In December 2016, an explosion at the town's San Pablito fireworks market killed 42 people.", EventKind.DISASTER),
])
def test_deeds_told_in_the_less_common_words_of_wire_copy(nlp, sentence, kind):
    assert asserted(events(nlp, sentence), kind)


@pytest.mark.parametrize("sentence, kind", [
    ("Lightning set fire to a barn in Iowa on Monday.", EventKind.ATTACK),
    ("Youths set a bus alight in Soweto on Tuesday.", EventKind.ATTACK),  # rioters: the riot's other words tell it
    ("Hundreds of mourners gathered at the church in Soweto on Saturday for the funeral.", EventKind.PROTEST),
    ("Police detained the ship's captain on Monday.", EventKind.SEIZURE),
    ("The waves washed away the sandcastle on Monday.", EventKind.DISASTER),
    ("The Israeli strike killed three people in Gaza on Monday.", EventKind.PROTEST),
])
def test_the_same_words_where_no_such_deed_was_done(nlp, sentence, kind):
    assert not asserted(events(nlp, sentence), kind)


@pytest.mark.parametrize("sentence", [
    "More than 40 drivers and fare collectors have been killed by extortion gangs since the start of the year.",
    "Honduras is one of the most dangerous countries for journalists, with more than 90 killed since 2001.",
])
def test_a_toll_counted_since_a_year_is_no_event(nlp, sentence):
    assert not [m for m in events(nlp, sentence) if m.status.value == "asserted" and m.count]


def test_a_toll_since_monday_is_the_clashes_of_this_week(nlp):
    assert [m for m in events(nlp, "Five people have been killed since Monday in the clashes in Tripoli.") if m.count]


def test_security_forces_hunting_terrorists_run_a_military_operation_and_a_navy_ship_rescuing_migrants_too(nlp):
    ms = events(nlp, "Security forces launched a cordon-and-search operation in the Billawar area of Kathua district on "
                     "Wednesday after reports of terrorists hiding in the forest.")
    assert asserted(ms, EventKind.MILITARY_OPERATION) and not asserted(ms, EventKind.ARREST)
    assert asserted(events(nlp, "Police launched an operation in Lagos on Monday against fraudsters."), EventKind.ARREST)
    assert asserted(events(nlp, "An Italian navy patrol ship rescued 84 migrants from a sinking rubber boat on Wednesday."),
                    EventKind.MILITARY_OPERATION)
    assert not asserted(events(nlp, "Volunteers rescued 84 migrants from a sinking rubber boat on Wednesday."),
                        EventKind.MILITARY_OPERATION)


def test_a_capital_named_after_its_noun_is_the_place_and_a_joined_verb_shares_the_day(nlp):
    (strike,) = asserted(events(nlp, "Public transport workers in Peru's capital Lima staged a strike on Wednesday."), EventKind.PROTEST)
    assert "Lima" in strike.places
    marches = asserted(events(nlp, "Students of the state university in Ado-Ekiti on Monday boycotted lectures and marched to "
                                   "Government House."), EventKind.PROTEST)
    assert [m.date for m in marches] == ["2024-03-11"]


# --- a review's sentences: where the rules above must not reach --------------------------------

@pytest.mark.parametrize("sentence, kind", [
    ("Typhoon Koinu killed no one but destroyed 300 homes in Taitung on Thursday.", EventKind.DISASTER),
    ("Robbers broke into a jewellery store in Antwerp on Sunday but stole nothing, police said.", EventKind.ATTACK),
    ("Gunmen set homes alight in Kadawa village on Tuesday.", EventKind.ATTACK),
    ("A group of armed men set fire to a bus in Port-au-Prince on Monday.", EventKind.ATTACK),
    ("At least 15 people have been killed since the start of the protests in Nairobi on Tuesday.", EventKind.KILLING),
    ("Indonesian authorities arrested a Vietnamese fishing boat and its crew of 12 off Natuna on Monday.", EventKind.ARREST),
    ("Police neutralised the attacker in Solingen on Friday after he stabbed three people.", EventKind.ATTACK),
])
def test_a_reviewers_sentence_keeps_its_event(nlp, sentence, kind):
    assert asserted(events(nlp, sentence), kind)


@pytest.mark.parametrize("sentence, kind", [
    ("Mbappe set the Parc des Princes alight with a hat-trick as Paris St Germain beat Lyon 4-1 on Sunday.", EventKind.ATTACK),
    ("Her comments set fire to social media in Lagos on Monday.", EventKind.ATTACK),
    ("The chef accidentally set the kitchen alight while cooking at his home in Leeds.", EventKind.ATTACK),
    ("A toddler playing with matches set fire to the family home in Bristol on Sunday.", EventKind.ATTACK),
    ("A short circuit set fire to a hospital ward in Baghdad on Monday.", EventKind.ATTACK),
    ("A Buddhist monk set himself alight in Lhasa on Tuesday in protest against Chinese rule.", EventKind.ATTACK),
    ("The police station in Dhaka was set ablaze by angry protesters on Monday.", EventKind.ATTACK),
    ("Police neutralised the attacker in Solingen on Friday after he stabbed three people.", EventKind.MILITARY_OPERATION),
    ("Hundreds of mourners gathered at the cemetery in Gaza, holding banners bearing his portrait.", EventKind.PROTEST),
    ("Hundreds of fans gathered outside the stadium in Buenos Aires on Sunday to welcome the team home.", EventKind.PROTEST),
    ("Cocoa growers attacked the ministry over the new export tax in Abidjan on Monday.", EventKind.ATTACK),
    ("NetBlocks observed a nationwide internet shutdown in Iran on Friday.", EventKind.PROTEST),
    ("A weekend shutdown called by the government to curb Covid-19 was observed across Kerala.", EventKind.PROTEST),
    ("A wave of violence swept Haiti's capital on Monday, killing 20 people.", EventKind.DISASTER),
    ("A blast at a gas station in Kabul killed five people on Monday, and Islamic State claimed responsibility for the bombing.",
     EventKind.DISASTER),
])
def test_a_reviewers_sentence_gets_no_such_event(nlp, sentence, kind):
    assert not asserted(events(nlp, sentence), kind)


def test_where_victims_live_gives_way_to_where_they_were_killed(nlp):
    ms = asserted(events(nlp, "Two residents of Manchester were killed in a shooting in Marbella on Sunday."), EventKind.ATTACK)
    assert ms and all("Manchester" not in m.places for m in ms)


def test_a_deed_told_as_done_here_is_in_the_datelines_town(nlp):
    ms = asserted(events(nlp, "THOOTHUKUDI: Some 60 women began an indefinite hunger strike outside the Collectorate here on "
                              "Tuesday, demanding the release of fishermen."), EventKind.PROTEST)
    assert any("THOOTHUKUDI" in m.places or "Thoothukudi" in m.places for m in ms)
    quoted = asserted(events(nlp, 'CHICAGO - "We are here to stay," a union leader said after a vote in Detroit.'), EventKind.PROTEST)
    assert all("CHICAGO" not in m.places for m in quoted)


def test_a_clause_the_parse_hangs_on_the_attacks_object_tells_the_attacks_dead(nlp):
    ms = events(nlp, "The strike followed an ELN attack with explosive-laden drones on a military base in Tibu on Sunday "
                     "that killed three soldiers.")
    (attack,) = asserted(ms, EventKind.ATTACK)
    assert attack.count.value == 3 and not asserted(ms, EventKind.KILLING)
    # a person who kills is no clause of the deed's object
    ms = events(nlp, "Gunmen attacked a checkpoint guarded by soldiers who killed two of them on Sunday.")
    assert [m.count for m in asserted(ms, EventKind.ATTACK)] == [None]


def test_a_word_of_events_after_a_dateline_is_no_name(nlp):
    # the tagger takes "Mudslides", opening the text after the dateline, for a name
    ms = events(nlp, "LIMA, March 14 (Andina) - Mudslides triggered by heavy rains in the Andes swept through several "
                     "neighbourhoods of the district of Chosica, east of Lima, on Friday evening, killing two people.")
    assert asserted(ms, EventKind.DISASTER) and not asserted(ms, EventKind.KILLING)


def test_an_arrest_told_with_nothing_of_its_own_after_a_seizure_is_of_its_haul(nlp):
    ms = events(nlp, "Customs officers at Suvarnabhumi Airport seized 87 live turtles from the luggage of two passengers on "
                     "Thursday, the Customs Department said. Both were arrested and charged under the wildlife act.",
                published=date(2026, 7, 3))
    (arrest,) = asserted(ms, EventKind.ARREST)
    assert (arrest.places, arrest.date) == (("Suvarnabhumi Airport",), "2026-07-02")
    # not an arrest told as another matter
    ms = events(nlp, "Customs officers at Suvarnabhumi Airport seized 87 live turtles on Thursday. In an unrelated case, "
                     "a man was arrested.", published=date(2026, 7, 3))
    assert all(not m.places for m in asserted(ms, EventKind.ARREST))


def test_arrests_told_as_the_whole_countrys_are_not_at_the_dateline(nlp):
    text = ("KISUMU, Kenya (Reuters) - Thousands of demonstrators took to the streets of Kisumu on Tuesday. The interior "
            "minister said 47 people had been arrested {}.")
    (arrest,) = asserted(events(nlp, text.format("nationwide"), published=date(2026, 4, 14)), EventKind.ARREST)
    assert "Kisumu" not in arrest.places
    (arrest,) = asserted(events(nlp, text.format("on Tuesday"), published=date(2026, 4, 14)), EventKind.ARREST)
    assert arrest.places == ("Kisumu",)


def test_the_dead_told_after_the_lead_deed_died_where_it_was_not_at_the_dateline(nlp):
    text = ("BAMAKO (AFP) - Malian troops repelled an attack by jihadists on their base in Boulkessi on Thursday, the "
            "army said. {} soldiers were killed, it said.")
    ms = events(nlp, text.format("Four"), published=date(2026, 7, 25))
    assert all("Bamako" not in m.places for m in ms) and any(m.count and m.count.value == 4 and "Boulkessi" in m.places for m in ms)
    ms = events(nlp, text.format("Separately, four"), published=date(2026, 7, 25))
    assert not any(m.count and m.count.value == 4 and "Boulkessi" in m.places for m in ms)


def test_the_dead_of_fire_opened_far_back_in_a_long_sentence_are_its_toll(nlp):
    ms = events(nlp, "Hundreds of people held a vigil in Sidi Bou Said on Wednesday to mark one year since a gunman opened fire "
                     "on a seaside cafe in the village on 12 August 2025, killing five people, including three tourists.",
                published=date(2026, 8, 12))
    (attack,) = asserted(ms, EventKind.ATTACK)
    assert attack.count.value == 5 and not asserted(ms, EventKind.KILLING)


def test_a_bomb_that_went_off_is_an_attack_and_an_alarm_is_not(nlp):
    assert asserted(events(nlp, "Minutes later a second device went off near a railway crossing in Tak Bai district."),
                    EventKind.ATTACK)
    assert not events(nlp, "The fire alarm went off at the school on Monday.")
    # nor are hoax emails that "targeted" schools
    assert not asserted(events(nlp, "Similar hoax emails targeted schools in Klaipeda last week."), EventKind.ATTACK)


def test_a_states_forces_that_struck_attacked_and_their_state_is_not_where(nlp):
    (attack,) = asserted(events(nlp, "US forces struck radar sites near Hodeidah on Sunday."), EventKind.ATTACK)
    assert attack.places == ("Hodeidah",)
    for sentence in ("The task force struck a deal with the city council on Monday.",
                     "Market forces struck hard at the retailer last year."):
        assert not asserted(events(nlp, sentence), EventKind.ATTACK), sentence


@pytest.mark.parametrize("sentence", [
    "EDINBURGH (AFP) - Scotland stunned France 24-20 at Murrayfield in Edinburgh on Saturday to keep their title hopes alive.",
    "Spain's Unai Arrieta won the ninth stage of the Vuelta a Espana on Sunday.",
    "Kazakhstan's Rinat Zhumabekov retained his lightweight title with a second-round choke at the Etihad Arena on Saturday.",
    "Arsenal drew 2-2 with Chelsea at the Emirates on Sunday.",
])
def test_results_told_with_a_prize_a_stage_a_draw_or_a_score_the_tagger_took_for_a_date(nlp, sentence):
    assert asserted(events(nlp, sentence), EventKind.SPORTS_RESULT)


@pytest.mark.parametrize("sentence", [
    "The film won the title of best picture at the festival on Sunday.",
    "The bank retained its title as the world's largest lender.",
    "The rally drew 1,200 people to the square on Sunday.",
])
def test_prizes_and_draws_that_are_no_contest(nlp, sentence):
    assert not asserted(events(nlp, sentence), EventKind.SPORTS_RESULT)


def test_a_strike_across_the_country_is_not_at_the_dateline(nlp):
    text = ("PARIS (AFP) - Rail workers across France went on strike on Thursday over pay and pension reform, forcing "
            "national operator SNCF to cancel half of its high-speed TGV trains. In Marseille, several hundred strikers "
            "marched from the Saint-Charles station to the regional prefecture.")
    ms = asserted(events(nlp, text, published=date(2025, 10, 3)), EventKind.PROTEST)
    assert ms and all(p.lower() != "paris" for m in ms for p in m.places)


def test_a_strike_a_government_must_pay_or_face_is_a_threat(nlp):
    ms = events(nlp, "LILONGWE (MANA) - The Nurses and Midwives Union of Malawi has given the government 14 days to pay outstanding risk "
                     "allowances or face a nationwide strike, its president said on Saturday.")
    assert not asserted(ms, EventKind.PROTEST)


def test_a_fire_the_article_says_was_set_deliberately_is_an_arson_attack(nlp):
    text = ("Police arrested a man on suspicion of arson after a fire gutted a mosque in the central city of Orebro. The blaze "
            "broke out early on Saturday. Investigators {} the fire had been set deliberately.")
    ms = events(nlp, text.format("concluded"))
    assert asserted(ms, EventKind.ATTACK) and not asserted(ms, EventKind.DISASTER)
    ms = events(nlp, text.format("are investigating whether"))
    assert asserted(ms, EventKind.DISASTER) and not asserted(ms, EventKind.ATTACK)


def folded(nlp, text: str, published: date = date(2024, 3, 13)):
    """The events one article folds into: (kind, date, locations, count) of each."""
    from newsfold.canon import canonicalize
    from newsfold.merge import merge_events
    from newsfold.model import Article
    from newsfold.pipeline import analyse
    from newsfold.places import default_gazetteer

    analyses = list(analyse([Article("a", "a.txt", "T", text, published=published)], nlp=nlp))
    result = merge_events([m for a in analyses for m in a.events], canonicalize(analyses, default_gazetteer()), published={"a": published})
    return sorted(((e.kind.value, e.date, e.locations, e.count and e.count.value) for e in result.events), key=repr)


@pytest.mark.parametrize("text, expected", [
    # another day's bombing told after the lead is not the lead's, nor in its town
    ("BAGHDAD (Reuters) - A car bomb killed 10 people in Mosul on Monday, police said. On Tuesday, a bomb exploded in a "
     "crowded market, killing four people.", 2),
    # a killing told in a typhoon's article is not in the typhoon's province
    ("MANILA (Reuters) - Typhoon Haima killed 12 people in Cagayan province on Monday. On Tuesday, police shot dead three "
     "suspected drug dealers during a raid.", 2),
    # a protest told beside protests "across Europe", or a general strike in one town, is one protest
    ("Hundreds of farmers protested in Warsaw on Tuesday against grain imports, following similar protests across Europe. "
     "The farmers blocked roads in central Warsaw with tractors.", 1),
    ("KATHMANDU (Reuters) - A general strike called by opposition parties shut shops and schools in Kathmandu on Monday. "
     "Protesters burned tyres and blocked roads in the city of Kathmandu.", 1),
    # other protesters at a place no gazetteer knows are another protest
    ("Thousands of garment workers protested in Dhaka on Sunday over unpaid wages. Villagers blocked a highway in Kanchpur "
     "over a land dispute.", 2),
    # the strikes' dead told with the strikes as the killer, however the parse ranks them
    ("ADEN (Xinhua) - The coalition carried out 12 air strikes in Saada province on Friday. The Houthis said the strikes "
     "killed three civilians in Razih district.", 1),
])
def test_a_reviewers_article_folds_into_so_many_events(nlp, text, expected):
    assert len(folded(nlp, text)) == expected, folded(nlp, text)


@pytest.mark.parametrize("text, kind", [
    ("A fire caused by an electrical fault destroyed a market in Onitsha on Monday, killing three traders. The market was "
     "hit by an arson attack in 2019.", EventKind.DISASTER),  # the 2019 arson is not this fire's cause
    ("Firefighters battled a blaze that gutted a furniture warehouse in Leeds on Monday. Police said a separate fire at a "
     "school in Bradford had been started deliberately.", EventKind.DISASTER),  # the Leeds fire stays a fire
])
def test_a_reviewers_fire_keeps_its_cause(nlp, text, kind):
    first = [m for m in events(nlp, text) if m.trigger.start < text.index(".")]
    assert first and all(m.kind is kind for m in first)


@pytest.mark.parametrize("sentence", [
    "Security forces struck a deal with protest leaders on Monday to reopen the highway.",
    "A World War Two bomb went off during construction work in the city of Hamm on Tuesday, injuring three workers.",
    "Apple claimed the smartphone crown from Samsung in the fourth quarter, research firm IDC said on Tuesday.",
])
def test_a_reviewers_sentence_tells_no_attack_nor_result(nlp, sentence):
    assert not asserted(events(nlp, sentence), EventKind.ATTACK) and not asserted(events(nlp, sentence), EventKind.SPORTS_RESULT)


def test_a_reviewers_places_and_days(nlp):
    (attack,) = asserted(events(nlp, "A Mogadishu car bomb exploded near the parliament building on Sunday, killing nine people."),
                         EventKind.ATTACK)
    assert "Mogadishu" in attack.places  # a car bomb's town is where it went off (only forces are their state's)
    ms = events(nlp, "Police seized 200 kg of heroin at the port of Karachi on Monday. Two suspects were arrested days later "
                     "after a tip-off.")
    assert [m.date for m in asserted(ms, EventKind.ARREST)] == [None]  # "days later" is not the seizure's day
    (arrest,) = asserted(events(nlp, "NAIROBI (Reuters) - Police arrested the suspect on Tuesday after a nationwide manhunt "
                                     "lasting three weeks."), EventKind.ARREST)
    assert arrest.places  # a nationwide manhunt does not make the arrest the whole country's
