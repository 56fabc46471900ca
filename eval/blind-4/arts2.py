from lib import A, C

A("b4-11", "Rwanda Ministry of Defence", "2026-01-28T13:00:00Z",
"Press release: RDF reinforces Joint Task Force in Cabo Delgado",
"""PRESS RELEASE -- Kigali, 28 January 2026
The Ministry of Defence of the Republic of Rwanda announces that the Rwanda Defence Force (RDF) has deployed an additional 1,000 personnel to Cabo Delgado province, Mozambique, at the request of the Government of Mozambique.
With this rotation, the Rwanda Security Forces in Mozambique, comprising RDF soldiers and Rwanda National Police officers, now number more than 5,000. At the start of the mission in July 2021 Rwanda deployed 1,000 personnel.
The reinforcement follows renewed attacks by terrorists of the so-called Islamic State Mozambique Province in the districts of Mocimboa da Praia and Macomia. Since the start of the year, joint Rwandan and Mozambican forces have killed 37 terrorists and recovered 12 weapons, the Ministry said.
According to Mozambican defence officials, the insurgents number around 300 fighters, down from an estimated 2,500 at the height of the insurgency in 2020.
The Ministry wishes to recall that Rwandan forces have helped 600,000 displaced residents return to their homes. TotalEnergies, which employs 1,500 workers at the Afungi LNG site, announced in November that construction would resume. 
The Ministry of Defence further informs the public that a Rwandan soldier, Private First Class E. Niyonzima, died in a road accident on 24 January.
End.""",
[C("an additional 1,000 personnel", "RWA", "deployed", 1000, k="increment", loc="Cabo Delgado", to="The Ministry of Defence of the Republic of Rwanda", p="RWA"),
 C("more than 5,000", "RWA", "deployed", 5000, q="at_least", loc="Mozambique", to="The Ministry of Defence of the Republic of Rwanda", p="RWA"),
 C("Rwanda deployed 1,000 personnel", "RWA", "deployed", 1000, k="recalled", loc="Mozambique", to="The Ministry of Defence of the Republic of Rwanda", p="RWA", opt=(1000, 1000), note="same key as the increment of 1,000; kept optional so one prediction of 1000 is enough"),
 C("37 terrorists", "isis", "killed", 37, loc="Cabo Delgado", to="the Ministry", p="RWA"),
 C("around 300 fighters", "isis", "deployed", 300, q="approx", loc="Cabo Delgado", to="Mozambican defence officials", p="MOZ"),
 C("an estimated 2,500", "isis", "deployed", 2500, q="approx", k="recalled", loc="Cabo Delgado", to="Mozambican defence officials", p="MOZ"),
 C("a Rwandan soldier", "RWA", "killed", 1, to="The Ministry of Defence", p="RWA", opt=(1, 1), note="road accident death, not combat; claim or not unclear"),
])

A("b4-12", "Mandalay Voice", "2025-12-10T05:00:00Z",
"Arakan Army say 300 junta soldiers surrender in Kyaukphyu",
"""KYAUKPHYU -- The Arakan Army (AA) has said that over 300 soldiers of military council was captured alive when their battalion surrender at outskirt of Kyaukphyu town on Monday, it is the biggest surrender in Rakhine since one year.
AA spokesperson U Khaing Thu Kha told to Mandalay Voice that also about 120 junta troops were killed in the fighting since last week, and AA fighters seized two naval vessel and 40 tonne of ammunitions. He was not giving the number of AA casualties.
Junta spokesperson Major General Zaw Min Tun denied the surrender. He said only 18 soldiers were "temporarily missing" and military killed more than 200 AA terrorists during clearance operation.
The military council is enforcing conscription law since February 2024 and it is calling 5,000 young people for each batch of training. Local people says many young man escaped to Thailand. The Chinese-backed Kyaukphyu deep sea port project, worth $1.3 billion, is near the battle area.
According to UN, more than 3.5 million people are displaced in Myanmar. In Rakhine about 2 million people facing famine risk. Around 30,000 Rohingya refugees crossed to Bangladesh since January, said the UNHCR.
Fighting also is continuing in Sagaing, where People's Defence Force said they killed 25 junta soldiers in an ambush on Sunday.""",
[C("over 300 soldiers of military council", "MMR", "captured", 300, q="at_least", loc="Kyaukphyu", to="The Arakan Army", p="arakan-army"),
 C("about 120 junta troops", "MMR", "killed", 120, q="approx", loc="Kyaukphyu", to="U Khaing Thu Kha", p="arakan-army"),
 C("more than 200 AA terrorists", "arakan-army", "killed", 200, q="at_least", loc="Kyaukphyu", to="Major General Zaw Min Tun", p="MMR"),
 C('18 soldiers were "temporarily missing"', "MMR", "captured", 18, loc="Kyaukphyu", to="Major General Zaw Min Tun", p="MMR", opt=(18, 18), note="'missing' is not captured; claim or not unclear"),
 C("5,000 young people for each batch", "MMR", "deployed", 5000, k="planned", to="The military council", p="MMR", opt=(5000, 5000), note="conscription intake, not a deployment"),
 C("25 junta soldiers", "MMR", "killed", 25, loc="Sagaing", to="People's Defence Force", p="pdf"),
])

A("b4-13", "ISPR", "2025-11-22T17:45:00Z",
"ISPR: 17 khwarij killed in North Waziristan, four soldiers embrace shahadat",
"""RAWALPINDI, November 22: On the reported presence of khwarij, security forces conducted an intelligence-based operation in the general area of Mir Ali, North Waziristan District, the Inter-Services Public Relations (ISPR) said in a press release.
During the conduct of the operation, own troops effectively engaged the khwarij location and, after an intense exchange of fire, 17 khwarij belonging to Indian-sponsored Fitna al Khawarij were sent to hell. However, during the intense exchange of fire, four brave sons of soil, having fought gallantly, embraced shahadat, the ISPR said.
Sanitisation operation is being conducted to eliminate any other khwarij found in the area, as the security forces of Pakistan are determined to wipe out the menace of terrorism from the country.
In a separate incident, the banned Baloch Liberation Army claimed that its fighters had killed 30 soldiers in an attack on a convoy near Turbat, Kech district. The ISPR did not comment on the claim. Local officials said a bus carrying 45 passengers was also hit and 6 civilians were wounded.
Pakistan's interior ministry said separately that 812,000 Afghan nationals have been repatriated since the start of the returns drive, and 1,200 illegal border crossings were recorded in October. Pakistan's defence budget for the fiscal year was raised by 20% to Rs2.55 trillion.""",
[C("17 khwarij", "ttp", "killed", 17, loc="North Waziristan", to="the Inter-Services Public Relations (ISPR)", p="PAK", note="Fitna al Khawarij = Pakistan's term for the TTP"),
 C("four brave sons of soil", "PAK", "killed", 4, loc="North Waziristan", to="the ISPR", p="PAK"),
 C("30 soldiers", "PAK", "killed", 30, loc="Turbat", to="the banned Baloch Liberation Army", p="bla"),
])

A("b4-14", "The Kashmir Chronicle", "2025-10-05T08:15:00Z",
"Analysis: How many troops does India keep in Kashmir?",
"""SRINAGAR -- The question sounds simple. The answers range widely, and each side has reasons to shade them.
India's home ministry does not publish a consolidated figure for the army, paramilitary and police units deployed in Jammu and Kashmir. Pakistan's foreign office routinely says that "over 900,000 Indian troops" occupy the region. Independent researchers at the Delhi Policy Forum estimate that between 500,000 and 600,000 Indian security personnel are stationed in the Union Territory, including about 130,000 Central Reserve Police Force personnel.
The army's Northern Command says the number of militants has fallen. A senior officer told this newspaper that about 75 militants, most of them Pakistani nationals, are active south of the Pir Panjal, compared with more than 300 in 2018.
On the other side of the Line of Control, which runs for 740 kilometres, Pakistan keeps an estimated 100,000 troops, according to the same forum.
India's defence ministry said 11 soldiers were killed in encounters in the first nine months of the year, and that the army had inducted 24 new artillery guns in the Poonch sector. Tourist arrivals crossed 2.1 million, the tourism department said.""",
[C('"over 900,000 Indian troops"', "IND", "deployed", 900000, q="at_least", loc="Kashmir", to="Pakistan's foreign office", p="PAK"),
 C("between 500,000 and 600,000 Indian security personnel", "IND", "deployed", 500000, 600000, q="range", loc="Jammu and Kashmir", to="the Delhi Policy Forum", p=None),
 C("about 130,000 Central Reserve Police Force personnel", "IND", "deployed", 130000, q="approx", loc="Jammu and Kashmir", to="the Delhi Policy Forum", p=None),
 C("about 75 militants", None, "deployed", 75, q="approx", loc="south of the Pir Panjal", to="A senior officer", p="IND", opt=(75, 75), note="unnamed militant groups: force unknown"),
 C("more than 300 in 2018", None, "deployed", 300, q="at_least", k="recalled", to="A senior officer", p="IND", opt=(300, 300)),
 C("an estimated 100,000 troops", "PAK", "deployed", 100000, q="approx", loc="Line of Control", to="the same forum", p=None),
 C("11 soldiers were killed", "IND", "killed", 11, loc="Jammu and Kashmir", to="India's defence ministry", p="IND"),
])

A("b4-15", "Focus Taiwan", "2025-09-18T03:20:00Z",
"Taiwan tracks 71 Chinese military aircraft, 14 warships during drills",
"""TAIPEI, Sept. 18 (CNA) -- Taiwan's Ministry of National Defense (MND) said Thursday it had detected 71 Chinese military aircraft and 14 People's Liberation Army Navy ships operating around the island over the previous 24 hours, the highest single-day count this year.
Of the aircraft, 45 crossed the median line of the Taiwan Strait and entered the island's southwest air defense identification zone, the ministry said. Nine China Coast Guard vessels were also observed near the Kinmen islands.
The MND said it had scrambled aircraft, dispatched navy vessels and activated land-based missile systems in response. Beijing's Eastern Theater Command said the drills, code-named Strait Thunder-2025B, involved "live-fire exercises at 36 target areas."
The activity comes a week after the Legislative Yuan passed a special defense budget of NT$949.5 billion (US$29.6 billion) by 62 votes to 48. The package funds 4,000 loitering munitions and 110 HIMARS rockets.
Taiwan's Mainland Affairs Council said 1,200 Taiwanese businesspeople attending a trade fair in Xiamen had been advised to keep a low profile. Separately, Taiwan's coast guard said it had rescued 13 fishermen from a capsized boat off Penghu.
Analysts said the drills were the largest since the 2,400-kilometer circumnavigation exercise in April.""",
[])

A("b4-16", "AP", "2025-08-27T20:10:00Z",
"Haiti gang force still short of troops as Viv Ansanm expands",
"""PORT-AU-PRINCE, Haiti (AP) -- Kenya has about 750 police officers in Haiti, the largest contingent in the international mission fighting gangs, but the force remains far short of the 2,500 personnel originally promised, Kenyan officials said Wednesday.
El Salvador will send 200 more soldiers next month, and Guatemala has said it plans to deploy another 150, according to a statement from the mission's commander, Godfrey Otunge.
The gang coalition Viv Ansanm has an estimated 12,000 members, according to a U.N. panel of experts, and controls about 90% of the capital. A Haitian police union spokesman said last week that the national police has only about 9,000 active officers for a country of 11.7 million.
More than 5,600 people were killed in gang violence last year, the U.N. human rights office said, and 1.3 million Haitians have been forced from their homes. On Tuesday, 40 inmates escaped from a prison in Mirebalais.
Police said a gang attack on the town of Kenscoff killed 13 residents and two officers over the weekend.
The U.N. Security Council is expected to vote next month on turning the mission into a 5,550-strong "Gang Suppression Force" with its own funding, a proposal backed by the United States and Panama.""",
[C("about 750 police officers", "KEN", "deployed", 750, q="approx", loc="Haiti", to="Kenyan officials", p="KEN", note="police in an armed international mission counted as armed personnel"),
 C("the 2,500 personnel originally promised", "KEN", "deployed", 2500, k="planned", loc="Haiti", opt=(2500, 2500), note="promised size of the whole mission, force unclear"),
 C("200 more soldiers", "SLV", "deployed", 200, k="planned", loc="Haiti", to="Godfrey Otunge", p=None),
 C("another 150", "GTM", "deployed", 150, k="planned", loc="Haiti", to="Godfrey Otunge", p=None),
 C("an estimated 12,000 members", "viv-ansanm", "deployed", 12000, q="approx", loc="Haiti", to="a U.N. panel of experts", p="UN"),
 C("about 9,000 active officers", "HTI", "deployed", 9000, q="approx", loc="Haiti", to="A Haitian police union spokesman", p="HTI"),
 C("two officers", "HTI", "killed", 2, loc="Kenscoff", to="Police", p="HTI"),
 C('a 5,550-strong "Gang Suppression Force"', "UN", "deployed", 5550, k="planned", loc="Haiti", opt=(5550, 5550), note="UN-authorised but not a UN force; force unclear"),
])

A("b4-17", "El Tiempo English Edition", "2025-07-14T12:30:00Z",
"Colombia sends 5,000 more troops to Catatumbo as ELN offensive continues",
"""BOGOTA -- Colombia's defence ministry said on Monday it had sent another 5,000 soldiers to the Catatumbo region on the Venezuelan border, bringing the military presence there to about 15,000, six months after an ELN offensive displaced tens of thousands of people.
Defence Minister Pedro Sánchez said the National Liberation Army (ELN) has around 6,300 members nationwide, of whom some 1,000 fighters are in Catatumbo. The guerrilla group's central command said in a communiqué that it had "more than 10,000 combatants" and would not negotiate "under bombs".
FARC dissidents of the so-called 33rd Front, which the ELN has been fighting for control of coca routes, have between 400 and 600 fighters in the area, army intelligence estimates.
The ombudsman's office said 63,000 people have been displaced from Catatumbo since January and 80 civilians killed. The region has an estimated 43,000 hectares of coca, according to the UN drugs office.
The army said nine soldiers had been killed in the region since June and 14 ELN fighters captured. A further 2,000 troops are expected to arrive before the end of the month, the ministry said.
Venezuela's defence minister Vladimir Padrino said Caracas had reinforced its side of the border, without giving figures.""",
[C("another 5,000 soldiers", "COL", "deployed", 5000, k="increment", loc="Catatumbo", to="Colombia's defence ministry", p="COL"),
 C("about 15,000", "COL", "deployed", 15000, q="approx", loc="Catatumbo", to="Colombia's defence ministry", p="COL"),
 C("around 6,300 members nationwide", "eln", "deployed", 6300, q="approx", loc="Colombia", to="Defence Minister Pedro Sánchez", p="COL", note="'nationwide' -> location Colombia"),
 C("some 1,000 fighters", "eln", "deployed", 1000, q="approx", loc="Catatumbo", to="Defence Minister Pedro Sánchez", p="COL"),
 C('"more than 10,000 combatants"', "eln", "deployed", 10000, q="at_least", to="The guerrilla group's central command", p="eln"),
 C("between 400 and 600 fighters", "farc", "deployed", 400, 600, q="range", loc="Catatumbo", to="army intelligence", p="COL"),
 C("nine soldiers had been killed", "COL", "killed", 9, loc="Catatumbo", to="The army", p="COL"),
 C("14 ELN fighters captured", "eln", "captured", 14, loc="Catatumbo", to="The army", p="COL"),
 C("A further 2,000 troops", "COL", "deployed", 2000, k="planned", loc="Catatumbo", to="the ministry", p="COL"),
])

A("b4-18", "Mexico News Brief", "2025-06-03T18:00:00Z",
"Sheinbaum sends 10,000 Guard troops to border; US estimates CJNG at 19,000",
"""MEXICO CITY -- President Claudia Sheinbaum said on Tuesday that Mexico had completed the deployment of 10,000 National Guard troops to the northern border, fulfilling a pledge made to Washington in February to curb fentanyl trafficking and migration.
A further 1,500 soldiers will arrive in Culiacán, Sinaloa, this week to contain the war between factions of the Sinaloa Cartel, the defence ministry said, taking federal forces in the city to 11,000.
The Jalisco New Generation Cartel (CJNG) has an estimated 19,000 members, according to a U.S. Drug Enforcement Administration threat assessment released last month, making it the largest criminal group in the country. Mexican officials put the figure lower, at 5,000 to 7,000 armed operatives.
Mexico recorded 30,057 homicides last year, a 5% drop, the security ministry said. Authorities seized 2.1 tonnes of fentanyl and 1,400 firearms since October, and arrested 3,200 people on drug charges.
The National Guard, created in 2019, now has 133,000 members and will grow to 150,000 by 2026, according to its commander.
In Sinaloa, 1,600 people have been reported missing since the factional fighting began in September.""",
[C("10,000 National Guard troops", "MEX", "deployed", 10000, loc="northern border", to="President Claudia Sheinbaum", p="MEX"),
 C("A further 1,500 soldiers", "MEX", "deployed", 1500, k="planned", loc="Culiacán", to="the defence ministry", p="MEX"),
 C("11,000", "MEX", "deployed", 11000, loc="Culiacán", to="the defence ministry", p="MEX", k="planned", note="'taking ... to 11,000' once the 1,500 arrive: planned"),
 C("an estimated 19,000 members", "cjng", "deployed", 19000, q="approx", to="a U.S. Drug Enforcement Administration threat assessment", p="USA"),
 C("5,000 to 7,000 armed operatives", "cjng", "deployed", 5000, 7000, q="range", to="Mexican officials", p="MEX"),
 C("133,000 members", "MEX", "deployed", 133000, loc="Mexico", to="its commander", p="MEX"),
 C("150,000 by 2026", "MEX", "deployed", 150000, k="planned", loc="Mexico", to="its commander", p="MEX"),
])

A("b4-19", "Azatutyun English", "2025-05-16T09:45:00Z",
"Yerevan says 8,000 Azerbaijani troops near Syunik; Baku speaks of routine rotation",
"""YEREVAN -- Armenia's defence ministry said on Friday that Azerbaijan had concentrated some 8,000 troops and heavy armour along the border with Armenia's southern Syunik province, and warned of "provocations" ahead of the next round of peace talks.
Azerbaijan's defence ministry rejected the claim, saying that only 1,200 border guards were carrying out a scheduled rotation in the area and that the Armenian statement was "disinformation".
The tensions come two years after Russia withdrew its roughly 2,000 peacekeepers from Nagorno-Karabakh, following Azerbaijan's offensive in September 2023 that prompted more than 100,000 ethnic Armenians to flee.
The European Union monitoring mission, which has 209 unarmed civilian monitors on the Armenian side, said its patrols had observed "no unusual movements" this week. The EU last year extended the mission's mandate until 2027 with a budget of €15 million.
Prime Minister Nikol Pashinyan's government has offered to sign the peace treaty text agreed in March, which runs to 17 articles. Azerbaijan's President Ilham Aliyev insists Armenia first change its constitution, which would require a referendum; a poll found 48% of Armenians would support that.
Armenia plans to raise its defence budget to $1.7 billion next year.""",
[C("some 8,000 troops", "AZE", "deployed", 8000, q="approx", loc="Syunik", to="Armenia's defence ministry", p="ARM"),
 C("only 1,200 border guards", "AZE", "deployed", 1200, loc="Syunik", to="Azerbaijan's defence ministry", p="AZE", note="border guards count as armed personnel"),
 C("roughly 2,000 peacekeepers", "RUS", "deployed", 2000, q="approx", k="recalled", loc="Nagorno-Karabakh"),
])

A("b4-20", "Balkan Insight Daily", "2025-04-13T22:00:00Z",
"Kosovo votes in snap election as 2,300 police guard polling stations",
"""PRISTINA -- Polls closed on Sunday in Kosovo's snap parliamentary election, with turnout at 41.2% of the 1.97 million registered voters, the Central Election Commission said.
Some 2,300 Kosovo Police officers were on duty at 2,547 polling stations, a police spokesman said, and no serious incidents were reported apart from 12 arrests for attempted vote-buying in Mitrovica. 
The Vetevendosje party of caretaker prime minister Albin Kurti led with 42% of the votes counted, ahead of the Democratic Party of Kosovo with 21%. Serb List, backed by Belgrade, was on course to win all 10 seats reserved for the Serb community.
In Serbia, President Aleksandar Vucic said 500,000 people had signed a petition calling for the protection of Serbs in northern Kosovo. Belgrade has also complained that 14 Serbs have been detained since January on war-crimes charges dating from 1998-99.
The European Union has frozen €613 million in pre-accession funds over the tensions. A poll by the Kosovo Centre for Security Studies found 58% of citizens trust the NATO-led peacekeeping mission, down from 66% two years earlier.
The mission marked its 26th anniversary in June, and its commander laid a wreath at a memorial to 1,400 victims of the 1999 war.
Results will be certified within 30 days.""",
[])
