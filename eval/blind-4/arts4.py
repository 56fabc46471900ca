from lib import A, C

A("b4-31", "The Guardian Post (Yaounde)", "2024-05-21T10:20:00Z",
"Army sends 2,000 more soldiers to North-West after Bamenda attacks",
"""YAOUNDE -- Cameroon's defence ministry has deployed an additional 2,000 troops to the North-West region following a wave of attacks by armed separatists on checkpoints around Bamenda, a ministry communique said on Monday.
The communique said soldiers of the Rapid Intervention Battalion (BIR) had "neutralised" 17 Ambazonia Defence Forces fighters and freed 9 hostages in an operation in Bafut. One soldier was killed and three wounded, it said.
A spokesman for the Ambazonia Defence Forces, one of the main separatist groups, said in a video that his fighters had killed nine soldiers in Bafut and that the group has "more than 4,000 boys" under arms.
Security analysts in Yaounde estimate that the armed separatist groups together have between 2,000 and 4,000 fighters, down from a peak of about 7,000 in 2019.
In the Far North, Cameroon keeps about 2,500 troops in the Multinational Joint Task Force fighting Boko Haram, the ministry said. Boko Haram militants abducted 12 villagers near Mora last week.
The North-West regional governor said 1,100 prisoners held on separatism charges would have their cases reviewed, and that 40,000 displaced people had returned to their villages since January.""",
[C("an additional 2,000 troops", "CMR", "deployed", 2000, k="increment", loc="North-West region", to="Cameroon's defence ministry", p="CMR"),
 C("17 Ambazonia Defence Forces fighters", "ambazonia-df", "killed", 17, loc="Bafut", to="a ministry communique", p="CMR", note="neutralised read as killed"),
 C("One soldier was killed", "CMR", "killed", 1, loc="Bafut", to="a ministry communique", p="CMR"),
 C("three wounded", "CMR", "wounded", 3, loc="Bafut", to="a ministry communique", p="CMR"),
 C("killed nine soldiers", "CMR", "killed", 9, loc="Bafut", to="A spokesman for the Ambazonia Defence Forces", p="ambazonia-df"),
 C('"more than 4,000 boys"', "ambazonia-df", "deployed", 4000, q="at_least", to="A spokesman for the Ambazonia Defence Forces", p="ambazonia-df"),
 C("between 2,000 and 4,000 fighters", "ambazonia-df", "deployed", 2000, 4000, q="range", to="Security analysts in Yaounde", p=None, opt=(2000, 4000), note="all separatist groups together, force is a coalition not one group"),
 C("about 7,000 in 2019", "ambazonia-df", "deployed", 7000, q="approx", k="recalled", to="Security analysts in Yaounde", p=None, opt=(7000, 7000), note="all separatist groups together"),
 C("about 2,500 troops", "CMR", "deployed", 2500, q="approx", loc="Far North", to="the ministry", p="CMR"),
 C("1,100 prisoners held on separatism charges", "ambazonia-df", "captured", 1100, loc="North-West region", to="The North-West regional governor", p="CMR", opt=(1100, 1100), note="prisoners on separatism charges may be civilians"),
])

A("b4-32", "Radio Ndeke Luka English Service", "2024-04-11T09:00:00Z",
"CAR: MINUSCA at 14,400 as Russian instructors and Rwandan troops guard election roads",
"""BANGUI -- The United Nations peacekeeping mission in the Central African Republic, MINUSCA, has about 14,400 uniformed personnel in the country, including 11,600 troops, the mission's spokesman said on Thursday, as preparations continue for the December elections.
The government relies heavily on bilateral partners. Between 1,500 and 2,000 Russian "instructors" linked to the Africa Corps are deployed in the country, according to Western diplomats, while Rwanda has stationed about 1,000 soldiers under a bilateral agreement, its defence ministry said.
The rebel Coalition of Patriots for Change (CPC) said in a statement that its fighters had killed 14 "Russian mercenaries" and 6 soldiers of the national army in an ambush near Bossangoa. The government spokesman, Maxime Balalou, said only two soldiers had been wounded and that 23 rebels were captured.
The National Elections Authority said 2.3 million voters had registered, and 5,800 polling stations would open. Donors have pledged $18 million for the vote.
The UN says 2.8 million Central Africans, about half the population, need humanitarian assistance, and 450,000 are displaced inside the country. Gold exports reached 1.2 tonnes last year.""",
[C("about 14,400 uniformed personnel", "UN", "deployed", 14400, q="approx", loc="Central African Republic", to="the mission's spokesman", p="UN"),
 C("11,600 troops", "UN", "deployed", 11600, loc="Central African Republic", to="the mission's spokesman", p="UN", note="'about' read as scoping the larger figure only"),
 C('Between 1,500 and 2,000 Russian "instructors"', "RUS", "deployed", 1500, 2000, q="range", loc="Central African Republic", to="Western diplomats", p=None),
 C("about 1,000 soldiers", "RWA", "deployed", 1000, q="approx", loc="Central African Republic", to="its defence ministry", p="RWA"),
 C('14 "Russian mercenaries"', "RUS", "killed", 14, loc="Bossangoa", to="The rebel Coalition of Patriots for Change (CPC)", p="cpc"),
 C("6 soldiers of the national army", "CAF", "killed", 6, loc="Bossangoa", to="The rebel Coalition of Patriots for Change (CPC)", p="cpc"),
 C("only two soldiers had been wounded", "CAF", "wounded", 2, loc="Bossangoa", to="Maxime Balalou", p="CAF"),
 C("23 rebels were captured", "cpc", "captured", 23, loc="Bossangoa", to="Maxime Balalou", p="CAF"),
])

A("b4-33", "Eye Radio Juba", "2024-03-27T16:30:00Z",
"Uganda deploys special forces to Juba; White Army mobilises in Nasir",
"""JUBA -- Uganda has deployed special forces to South Sudan's capital at the request of President Salva Kiir, the Uganda People's Defence Force (UPDF) spokesman confirmed on Wednesday, but he declined to say how many. Diplomats in Juba estimated the number at several hundred.
The deployment follows the capture of an army garrison in Nasir, Upper Nile state, by the White Army, a youth militia drawn mainly from the Nuer community. Information Minister Michael Makuei said the militia had killed 27 soldiers of the South Sudan People's Defence Forces (SSPDF) including a general, and that the government had since sent 1,200 reinforcements to Upper Nile.
A UN official in Malakal, speaking on condition of anonymity, said as many as 5,000 White Army fighters had gathered around Nasir and that the militia's ranks were swelling.
The SPLM-IO, led by detained first vice president Riek Machar, denied controlling the White Army and said 30 of its members had been arrested in Juba.
The UN peacekeeping mission UNMISS, with nearly 17,000 peacekeepers in the country, said it had evacuated a helicopter crew after one crew member was killed. Some 2.3 million South Sudanese live as refugees abroad, and 52,000 people have fled Nasir county this month.""",
[C("several hundred", "UGA", "deployed", None, q="approx", loc="Juba", to="Diplomats in Juba", p=None, opt=(200, 900)),
 C("27 soldiers", "SSD", "killed", 27, loc="Nasir", to="Information Minister Michael Makuei", p="SSD"),
 C("1,200 reinforcements", "SSD", "deployed", 1200, k="increment", loc="Upper Nile", to="Information Minister Michael Makuei", p="SSD"),
 C("as many as 5,000 White Army fighters", "white-army", "deployed", 5000, q="at_most", loc="Nasir", to="A UN official in Malakal", p="UN"),
 C("30 of its members had been arrested", "splm-io", "captured", 30, loc="Juba", to="The SPLM-IO", p="splm-io", opt=(30, 30), note="party members arrested, not necessarily fighters"),
 C("nearly 17,000 peacekeepers", "UN", "deployed", 17000, q="approx", loc="South Sudan", to="UNMISS", p="UN"),
 C("one crew member was killed", "UN", "killed", 1, loc="Nasir", to="UNMISS", p="UN", opt=(1, 1), note="helicopter crew may be civilian contractors"),
])

A("b4-34", "Tolo News English", "2024-02-14T07:10:00Z",
"Islamic Emirate says army has 170,000 personnel, aims for 200,000",
"""KABUL -- The Islamic Emirate's Ministry of Defence said on Wednesday that the army now has 170,000 personnel and that it plans to increase the number to 200,000 by next year, as the Taliban administration marks two and a half years in power.
Defence ministry spokesman Enayatullah Khwarazmi said 12,000 new soldiers had completed training at the national military centre in the past six months and had been deployed to the eastern provinces.
A UN monitoring team report to the Security Council said the Islamic State Khorasan Province (ISIS-K) has between 4,000 and 6,000 fighters and family members in Afghanistan, and that the Pakistani Taliban (TTP) has about 6,500 fighters based on Afghan soil. The Islamic Emirate rejected the report, saying ISIS-K had "no more than a few hundred" members left.
Pakistan's military said its airstrikes in Khost and Paktika last week killed 20 TTP militants, while Taliban officials said 8 civilians, including women and children, died.
More than 500,000 Afghans returned from Pakistan last year, the UN refugee agency said, and 23.7 million people need humanitarian aid. The World Bank said Afghanistan's economy grew by 2.7% in 2023.""",
[C("170,000 personnel", "taliban", "deployed", 170000, loc="Afghanistan", to="The Islamic Emirate's Ministry of Defence", p="taliban"),
 C("200,000 by next year", "taliban", "deployed", 200000, k="planned", loc="Afghanistan", to="The Islamic Emirate's Ministry of Defence", p="taliban"),
 C("12,000 new soldiers", "taliban", "deployed", 12000, k="increment", loc="eastern provinces", to="Enayatullah Khwarazmi", p="taliban"),
 C("between 4,000 and 6,000 fighters and family members", "isis-k", "deployed", 4000, 6000, q="range", loc="Afghanistan", to="A UN monitoring team report", p="UN", opt=(4000, 6000), note="includes family members: claim or not unclear"),
 C("about 6,500 fighters", "ttp", "deployed", 6500, q="approx", loc="Afghanistan", to="A UN monitoring team report", p="UN"),
 C('"no more than a few hundred"', "isis-k", "deployed", None, q="at_most", loc="Afghanistan", to="The Islamic Emirate", p="taliban", opt=(200, 900)),
 C("20 TTP militants", "ttp", "killed", 20, loc="Khost and Paktika", to="Pakistan's military", p="PAK"),
])

A("b4-35", "Ukrinform", "2024-01-19T18:00:00Z",
"Ukraine brings home 84 civilians as Russia launches 600 drones overnight",
"""KYIV -- Ukraine has returned 84 civilians, including 12 women and a 16-year-old boy, from Russian captivity in an exchange mediated by the United Arab Emirates, the Coordination Headquarters for the Treatment of Prisoners of War said on Friday. Most had been detained in occupied areas of Kherson and Zaporizhzhia regions in 2022.
The head of the presidential office said 19,546 Ukrainian children had been deported to Russia since the full-scale invasion, of whom 1,250 had been brought back so far.
Overnight, Russia launched 600 drones and 40 missiles at Ukraine's energy infrastructure, the air force said, of which 576 drones and 31 missiles were shot down or suppressed. Three people were killed in Lviv and 28 injured in Kyiv, and 250,000 homes in the capital lost power.
The World Bank estimates the cost of Ukraine's reconstruction at $524 billion over the next decade. Parliament on Thursday approved a 2025 defence budget of 2.2 trillion hryvnias with 255 votes in favour.
A memorial ceremony in Kyiv honoured 102 journalists killed since 2022. The Ukrainian Red Cross said its 3,000 volunteers had distributed 14,000 food kits in frontline Kharkiv region this month.""",
[])

A("b4-36", "Kyiv Independent Live", "2023-12-28T16:00:00Z",
"LIVE: Ukraine says 27 Russian soldiers captured near Robotyne; Putin claims 617,000 troops in 'zone'",
"""Live updates, Thursday 28 December
09:12 -- Ukraine's 65th Mechanised Brigade says it captured 27 Russian soldiers near Robotyne in Zaporizhzhia oblast overnight. The brigade published video of the prisoners. We have not independently verified it.
10:05 -- The General Staff's morning update: Russia lost 790 troops in the past day, it says, bringing its total since February 2022 to 351,960. Kyiv counts killed and wounded together.
11:40 -- Russia's defence ministry claims Ukraine lost "up to 385 servicemen" in the Donetsk direction over the past 24 hours. The ministry also says air defences downed 32 drones over Belgorod.
13:22 -- Vladimir Putin, at his year-end press conference, says 617,000 Russian troops are in the "special military operation zone", of whom 244,000 were mobilised reservists. He says 486,000 more men signed contracts this year.
14:05 -- Responding, President Zelensky says Ukraine has 880,000 soldiers "in the field" and that the military has asked to mobilise another 450,000 to 500,000 people. He says he needs more arguments before agreeing.
15:30 -- Three civilians killed and 11 wounded in the shelling of Kherson, regional governor Oleksandr Prokudin says. Power was cut to 12,000 households.
15:48 -- Recap: Putin's 617,000 figure compares with the roughly 360,000 troops Western intelligence estimated Russia had in Ukraine in the summer.""",
[C("27 Russian soldiers", "RUS", "captured", 27, loc="Robotyne", to="Ukraine's 65th Mechanised Brigade", p="UKR"),
 C("790 troops", "RUS", "casualties", 790, k="increment", to="The General Staff", p="UKR", note="'lost' = killed and wounded"),
 C("351,960", "RUS", "casualties", 351960, to="The General Staff", p="UKR"),
 C('"up to 385 servicemen"', "UKR", "casualties", 385, q="at_most", k="increment", loc="Donetsk", to="Russia's defence ministry", p="RUS"),
 C("617,000 Russian troops", "RUS", "deployed", 617000, loc="special military operation zone", to="Vladimir Putin", p="RUS"),
 C("244,000 were mobilised reservists", "RUS", "deployed", 244000, loc="special military operation zone", to="Vladimir Putin", p="RUS"),
 C("486,000 more men signed contracts", "RUS", "deployed", 486000, k="increment", to="Vladimir Putin", p="RUS", opt=(486000, 486000), note="recruitment, not deployment"),
 C("880,000 soldiers", "UKR", "deployed", 880000, loc="Ukraine", to="President Zelensky", p="UKR"),
 C("another 450,000 to 500,000 people", "UKR", "deployed", 450000, 500000, q="range", k="planned", to="President Zelensky", p="UKR", note="requested mobilisation; 'people' to be mobilised as troops"),
 C("roughly 360,000 troops", "RUS", "deployed", 360000, q="approx", k="recalled", loc="Ukraine", to="Western intelligence", p=None),
])

A("b4-37", "Daily Trust Maiduguri", "2023-11-06T11:00:00Z",
"Troops neutralise 62 ISWAP terrorists, arrest 9 in Borno - Army",
"""MAIDUGURI -- Troops of Operation Hadin Kai have neutralised 62 Islamic State West Africa Province (ISWAP) terrorists and arrested 9 of their logistics suppliers in a clearance operation around the Timbuktu Triangle in Borno State, the Nigerian Army has said.
Director Army Public Relations, Major General Onyema Nwachukwu, in a statement on Sunday said the troops also rescued 41 kidnapped persons, mostly women and children, and recovered 18 AK-47 rifles and 2 gun trucks.
He said that the Chief of Army Staff has approved the deployment of another 1,200 troops to reinforce the Forward Operating Base in Malam Fatori, where the ISWAP terrorists attacked last week. In that attack, 5 gallant soldiers paid the supreme price, the army had earlier confirmed.
Intelligence officials estimate ISWAP has between 4,000 and 5,000 fighters around the Lake Chad basin, far larger than the rival Boko Haram faction, which is believed to have fewer than 1,500.
Meanwhile, the Borno State government said 3,000 internally displaced families have been resettled in Bama, and the state Emergency Management Agency distributed 20,000 bags of rice.
The army also said 1,150 members of the Civilian Joint Task Force will graduate from a training course next week.""",
[C("62 Islamic State West Africa Province (ISWAP) terrorists", "iswap", "killed", 62, loc="Timbuktu Triangle", to="the Nigerian Army", p="NGA", note="neutralised read as killed"),
 C("arrested 9 of their logistics suppliers", "iswap", "captured", 9, loc="Borno", to="the Nigerian Army", p="NGA", opt=(9, 9), note="logistics suppliers: fighters or not unclear"),
 C("another 1,200 troops", "NGA", "deployed", 1200, k="planned", loc="Malam Fatori", to="Major General Onyema Nwachukwu", p="NGA", note="approved deployment, not yet done: planned"),
 C("5 gallant soldiers", "NGA", "killed", 5, loc="Malam Fatori", to="the army", p="NGA"),
 C("between 4,000 and 5,000 fighters", "iswap", "deployed", 4000, 5000, q="range", loc="Lake Chad basin", to="Intelligence officials", p=None),
 C("fewer than 1,500", "boko-haram", "deployed", 1500, q="at_most", loc="Lake Chad basin"),
])

A("b4-38", "Taipei Times", "2023-10-25T01:00:00Z",
"US has 500 military trainers in Taiwan, lawmaker says, citing intelligence briefing",
"""About 500 US military personnel are in Taiwan training its forces, a Democratic Progressive Party lawmaker said yesterday, citing a closed-door intelligence briefing, a number far larger than the 41 US troops listed in a Pentagon report last year.
Legislator Wang Ting-yu said the trainers were mostly army special forces and marines rotating through bases in Taoyuan and Pingtung. The American Institute in Taiwan declined to comment.
Taiwan's armed forces number about 152,000 active personnel, down from 215,000 in 2016, the Ministry of National Defense said in a report to the legislature. The ministry said it expects about 20,000 conscripts to enter one-year service this year after the government restored the longer term in January.
China's People's Liberation Army has about 2 million active personnel, according to the Pentagon's annual China Military Power Report, and the PLA Eastern Theater Command regularly conducts drills near Taiwan.
Separately, the ministry said 16 Chinese military aircraft and six vessels were detected around Taiwan yesterday. The Legislative Yuan last week approved 68 of 72 items in the defense budget. A fire at the Hsinchu Science Park injured 14 workers of a chip company that employs 3,500 people.""",
[C("About 500 US military personnel", "USA", "deployed", 500, q="approx", loc="Taiwan", to="Legislator Wang Ting-yu", p="TWN", note="lawmaker citing an intelligence briefing: attributed to the lawmaker"),
 C("the 41 US troops", "USA", "deployed", 41, k="recalled", loc="Taiwan", to="a Pentagon report", p="USA"),
 C("about 152,000 active personnel", "TWN", "deployed", 152000, q="approx", loc="Taiwan", to="the Ministry of National Defense", p="TWN"),
 C("215,000 in 2016", "TWN", "deployed", 215000, k="recalled", loc="Taiwan", to="the Ministry of National Defense", p="TWN"),
 C("about 20,000 conscripts", "TWN", "deployed", 20000, q="approx", k="planned", loc="Taiwan", to="The ministry", p="TWN", opt=(20000, 20000), note="conscript intake: claim or not unclear"),
 C("about 2 million active personnel", "CHN", "deployed", 2000000, q="approx", loc="China", to="the Pentagon's annual China Military Power Report", p="USA"),
])

A("b4-39", "Middle East Analysis Weekly", "2023-09-12T08:00:00Z",
"Analysis: Israel says 22,000 Hamas fighters dead, Hamas admits 6,000. Who is right?",
"""Few numbers in the Gaza war are as contested as the toll among Hamas's fighters.
Israel's military says it has killed more than 22,000 militants of Hamas and Palestinian Islamic Jihad since October 2023, including about 1,000 inside Israel on the day of the attack. Prime Minister Benjamin Netanyahu has used a higher figure, "close to 25,000 terrorists", in speeches abroad.
A senior Hamas official in Doha, speaking to this publication on condition of anonymity, put the group's own losses at about 6,000 fighters, and said the Qassam Brigades had recruited "thousands" of new members since the ceasefire.
Israeli intelligence assessments leaked to a Hebrew newspaper suggest Hamas still has between 15,000 and 20,000 armed men in the strip, compared with an estimated 30,000 before the war. Islamic Jihad's Al-Quds Brigades is thought to have about 1,500.
The Hamas-run health ministry's overall toll of more than 64,000 dead does not distinguish fighters from civilians. A study in a medical journal estimated 40% of the dead were women and children, while 1,200 people were killed in Israel on 7 October and 251 taken hostage.
Israel says 900 of its soldiers have been killed since the start of the war, 450 of them in the ground operation in Gaza.""",
[C("more than 22,000 militants of Hamas and Palestinian Islamic Jihad", None, "killed", 22000, q="at_least", loc="Gaza", to="Israel's military", p="ISR", opt=(22000, 22000), note="two groups together: no single possessor"),
 C("about 1,000 inside Israel", None, "killed", 1000, q="approx", loc="Israel", to="Israel's military", p="ISR", opt=(1000, 1000), note="two groups together"),
 C("more than 22,000 militants of Hamas and Palestinian Islamic Jihad", "hamas", "killed", 22000, q="at_least", loc="Gaza", to="Israel's military", p="ISR", opt=(22000, 22000), note="same figure, read loosely as Hamas's"),
 C("about 1,000 inside Israel", "hamas", "killed", 1000, q="approx", loc="Israel", to="Israel's military", p="ISR", opt=(1000, 1000), note="same figure, read loosely as Hamas's"),
 C('"close to 25,000 terrorists"', None, "killed", 25000, q="approx", to="Prime Minister Benjamin Netanyahu", p="ISR", opt=(25000, 25000), note="possessor unstated"),
 C('"close to 25,000 terrorists"', "hamas", "killed", 25000, q="approx", to="Prime Minister Benjamin Netanyahu", p="ISR", opt=(25000, 25000), note="'terrorists' loosely Hamas and PIJ"),
 C("about 6,000 fighters", "hamas", "killed", 6000, q="approx", loc="Gaza", to="A senior Hamas official in Doha", p="hamas"),
 C('"thousands" of new members', "hamas", "deployed", None, q="approx", k="increment", loc="Gaza", to="A senior Hamas official in Doha", p="hamas", opt=(2000, 9999)),
 C("between 15,000 and 20,000 armed men", "hamas", "deployed", 15000, 20000, q="range", loc="Gaza", to="Israeli intelligence assessments", p="ISR"),
 C("an estimated 30,000 before the war", "hamas", "deployed", 30000, q="approx", k="recalled", loc="Gaza", to="Israeli intelligence assessments", p="ISR"),
 C("about 1,500", "pij", "deployed", 1500, q="approx", loc="Gaza"),
 C("900 of its soldiers", "ISR", "killed", 900, to="Israel", p="ISR"),
 C("450 of them", "ISR", "killed", 450, loc="Gaza", to="Israel", p="ISR"),
])

A("b4-40", "Agence Nigerienne de Presse (English)", "2023-08-02T14:00:00Z",
"Niger marks coup anniversary with pardons, uranium deal and budget vote",
"""NIAMEY -- Niger's transitional authorities marked the anniversary of the 26 July takeover with the pardon of 1,050 prisoners, among them 46 political detainees and journalists, the justice ministry said on Friday.
The National Council for the Safeguard of the Homeland also announced a new uranium agreement under which a state-owned company will export 2,000 tonnes of yellowcake a year, worth an estimated $800 million. The French group Orano, which employed 900 local staff at the Arlit mine, has suspended operations.
The transitional legislative council approved the 2025 budget of 3,100 billion CFA francs by 61 votes to 3, with security spending taking 19% of the total.
The UN refugee agency said Niger hosts 410,000 refugees and asylum seekers, mostly from Nigeria and Mali, and that 370,000 Nigeriens are internally displaced, particularly in the Tillaberi region, where 1,300 schools are closed.
At a ceremony in Niamey, General Abdourahamane Tiani presented the national order of merit to 35 members of the armed forces and 12 civilians. The celebrations drew an estimated 50,000 people to the Seyni Kountche stadium, where 800 police officers kept order.
The Alliance of Sahel States, formed with Mali and Burkina Faso, said it would launch a joint passport in September, and a joint television channel with a budget of 4 billion CFA francs.""",
[])
