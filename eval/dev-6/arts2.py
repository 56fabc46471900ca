from common import A, c

ARTS = []

ARTS.append(A("d6-07", "Reuters", "2025-11-02T16:45:00Z",
"Sudan's RSF says it captured hundreds of soldiers in El Fasher as aid groups warn of killings",
"""PORT SUDAN, Nov 2 (Reuters) - Sudan's paramilitary Rapid Support Forces (RSF) said on Sunday it had captured 320 army soldiers and allied fighters in El Fasher, days after seizing the last major army stronghold in the western Darfur region.

"Our forces have taken 320 soldiers of the army and its militias prisoner and they are being treated according to the law," the group said on its Telegram channel. Reuters could not independently verify the figure.

The army, which withdrew from the city on Monday, said in a statement that its forces had killed more than 700 RSF fighters in counter-attacks in North Kordofan over the past week, including near the city of Bara.

The World Health Organization said at least 430 patients and companions were killed at a maternity hospital in El Fasher, and the International Organization for Migration said more than 58,000 people had fled the city since the RSF entered. Sudan's war, which began in April 2023, has displaced some 12 million people.

Analysts estimate the RSF has between 70,000 and 100,000 fighters across Sudan, many of them recruited from Arab tribes in Darfur and from neighbouring countries.

"The fall of El Fasher changes the map, but it does not end the war," said a diplomat in Nairobi who follows the talks convened by the United States, Saudi Arabia, Egypt and the United Arab Emirates. The so-called Quad has proposed a three-month humanitarian truce.

The U.N. Security Council was due to meet on Thursday. Sudan's army chief has vowed to "avenge" El Fasher.""",
[
 c("SDN", "captured", 320, "captured 320 army soldiers", loc="El Fasher", to="RSF", party="rsf", note="'army soldiers and allied fighters' and quote 'soldiers of the army and its militias': SDN"),
 c("rsf", "killed", 700, "more than 700 RSF fighters", q="at_least", kind="increment", loc="North Kordofan", to="Sudanese army", party="SDN", note="'over the past week' treated as increment"),
 c("rsf", "deployed", 70000, "between 70,000 and 100,000 fighters", q="range", high=100000, loc="Sudan", note="unnamed analysts: no party"),
]))

ARTS.append(A("d6-08", "The EastAfrican", "2025-03-11T08:00:00Z",
"UN experts: up to 4,500 Rwandan troops fighting alongside M23 in North Kivu",
"""Up to 4,500 Rwandan soldiers are operating alongside the M23 rebels in eastern DR Congo, a report by the UN Group of Experts says, as the rebels consolidate control of Goma and Bukavu.

The experts, whose report was seen by The EastAfrican, said Kigali exercised "de facto control" over the rebel movement's operations. Rwanda denies backing M23 and says its forces are deployed only to guard against the FDLR militia.

The Congolese army (FARDC) said on Monday that 63 M23 rebels had been killed in clashes near Walikale, about 135km west of Goma. Army spokesman Lt-Col Kasongo Mbuyi told journalists the army had also lost "several" soldiers, without giving a number.

M23 leaders claim their ranks have grown to some 7,200 fighters since the fall of Goma in January, when fighting for the city killed about 2,800 people, according to the UN.

South Africa has begun withdrawing its roughly 1,250 troops from the Southern African Development Community mission, SAMIDRC, through Rwanda. Sixteen South African soldiers were killed during the battle for Goma.

Goma's airport remains closed, and aid agencies say more than 700,000 people have been displaced in North and South Kivu since January. Talks mediated by Qatar are due to resume next week in Doha, with the United States pushing for a minerals deal worth an estimated $21 trillion in untapped deposits, a figure Congolese officials often cite.

"Nobody can win this war on the battlefield," a Western diplomat in Kinshasa said.""",
[
 c("RWA", "deployed", 4500, "Up to 4,500 Rwandan soldiers", q="at_most", loc="eastern DR Congo", to="UN Group of Experts", party="UN"),
 c("m23", "killed", 63, "63 M23 rebels had been killed", loc="Walikale", to="FARDC", party="COD"),
 c("m23", "deployed", 7200, "some 7,200 fighters", q="approx", loc="eastern DR Congo", to="M23 leaders", party="m23"),
 c("ZAF", "deployed", 1250, "roughly 1,250 troops", q="approx", loc="DR Congo", note="troops present while being withdrawn"),
 c("ZAF", "killed", 16, "Sixteen South African soldiers", loc="Goma", note="past battle toll in article's voice: total"),
]))

ARTS.append(A("d6-09", "ISPR", "2026-03-12T17:30:00Z",
"Press release: security forces conduct IBO in North Waziristan",
"""No PR-58/2026-ISPR. Rawalpindi - 12 March, 2026.

On 11-12 March 2026, Security Forces conducted an intelligence based operation in Datta Khel area of North Waziristan District, on reported presence of khwarij belonging to Indian proxy Fitna al Khawarij.

During the conduct of the operation, own troops effectively engaged the khwarij location, and after an intense exchange of fire, eight khwarij were sent to hell. Weapons, ammunition and explosives were also recovered from the killed khwarij, who remained actively involved in numerous terrorist activities against the Security Forces as well as the killing of innocent civilians.

However, during the intense exchange of fire, three soldiers including Captain Haris, aged 27 years, resident of District Chakwal, having fought gallantly, paid the ultimate sacrifice and embraced shahadat.

Sanitisation operation is being conducted to eliminate any other kharji found in the area, as Security Forces of Pakistan are determined to wipe out the menace of Indian sponsored terrorism from the country and such sacrifices of our brave soldiers further strengthen our resolve.

Separately, in Bannu District, two khwarij were apprehended injured by security forces during a second engagement on 12 March, the statement said.

The Inter Services Public Relations noted that 1,350 intelligence based operations have been carried out in Khyber Pakhtunkhwa since January 2025, and that the Pakistan Army stands committed to the 2014 National Action Plan.""",
[
 c("ttp", "killed", 8, "eight khwarij were sent to hell", loc="North Waziristan", to="ISPR", party="PAK", note="Fitna al Khawarij is Pakistan's name for the TTP"),
 c("PAK", "killed", 3, "three soldiers including Captain Haris", loc="North Waziristan", to="ISPR", party="PAK"),
 c("ttp", "captured", 2, "two khwarij were apprehended injured", loc="Bannu", to="ISPR", party="PAK", note="apprehended while wounded: counted as captured (also wounded optional)"),
 c("ttp", "wounded", 2, "two khwarij were apprehended injured", opt=True, vr=[2,2], loc="Bannu", to="ISPR", party="PAK", note="same men, wounded reading tolerated"),
]))

ARTS.append(A("d6-10", "Premium Times", "2025-07-18T14:10:00Z",
"Troops neutralise 142 terrorists, rescue 98 kidnap victims in one week - DHQ",
"""The Defence Headquarters (DHQ) says troops of the Armed Forces of Nigeria neutralised 142 terrorists and arrested 219 suspected collaborators across the country in the past one week.

The Director of Defence Media Operations, Maj.-Gen. Tukur Abdullahi, disclosed this on Thursday in Abuja while giving an update on military operations between July 10 and July 17.

He said troops of Operation Hadin Kai in the North East neutralised 61 ISWAP terrorists during clearance operations around Timbuktu Triangle and the fringes of Lake Chad, while 1,204 members of Boko Haram and their families surrendered to troops at various locations.

"In the North West, troops of Operation Fansan Yamma neutralised 47 Lakurawa fighters and rescued 98 kidnapped hostages in Sokoto and Kebbi states," Abdullahi said.

He added that two soldiers paid the supreme price in an ambush along the Damboa-Maiduguri road, while five others were wounded and are responding to treatment at a military hospital.

According to him, troops recovered 118 assorted weapons and 3,452 rounds of ammunition, and denied oil thieves an estimated N1.2 billion worth of stolen crude in the Niger Delta.

The Chief of Defence Staff, he said, has commended the troops and urged Nigerians to continue to provide credible information. The DHQ also said 36 officers and 410 soldiers had been decorated with new ranks at a ceremony in Kaduna last week.""",
[
 c(None, "killed", 142, "neutralised 142 terrorists", opt=True, vr=[142,142], kind="increment", loc="Nigeria", to="Defence Headquarters", party="NGA", note="nationwide weekly total over several groups: force ambiguous"),
 c("iswap", "killed", 61, "neutralised 61 ISWAP terrorists", kind="increment", loc="North East", to="Maj.-Gen. Tukur Abdullahi", party="NGA", note="weekly roundup: increment"),
 c("lakurawa", "killed", 47, "neutralised 47 Lakurawa fighters", kind="increment", loc="Sokoto and Kebbi", to="Abdullahi", party="NGA"),
 c("NGA", "killed", 2, "two soldiers paid the supreme price", loc="Damboa-Maiduguri road", to="Abdullahi", party="NGA", note="ambush toll: total"),
 c("NGA", "wounded", 5, "five others were wounded", loc="Damboa-Maiduguri road", to="Abdullahi", party="NGA"),
 c("NGA", "deployed", 410, "36 officers and 410 soldiers", opt=True, vr=[36,446], to="DHQ", party="NGA", note="soldiers promoted at a ceremony: not a deployment"),
 c("boko-haram", "captured", 1204, "1,204 members of Boko Haram and their families", opt=True, vr=[1204,1204], kind="increment", to="Abdullahi", party="NGA", note="surrenders mixed with families: not a clean personnel count"),
]))

ARTS.append(A("d6-11", "AFP", "2025-09-15T19:20:00Z",
"Jihadists claim deadly attack on Malian army convoy near Kayes",
"""BAMAKO (AFP) - Al-Qaeda-linked jihadists on Monday claimed an attack on a Malian army convoy escorting fuel tankers in the west of the country, saying they had killed more than 30 soldiers.

The Group for the Support of Islam and Muslims (JNIM) said in a statement released by its Az-Zallaqa propaganda arm that its fighters had also seized weapons and set fire to 40 tankers on the road between Kayes and Bamako.

The Malian army said in a communique read on state television that its troops had "neutralised around 80 terrorists" in the fighting and in air strikes afterwards, and acknowledged "some losses" without giving a number.

JNIM has imposed a fuel blockade on Bamako since early September, leaving hundreds of petrol stations dry and forcing the closure of schools in several regions.

Russia's Africa Corps, which took over from the Wagner group in June, has around 2,300 personnel in Mali, according to a security source in the region. At the height of its deployment, Wagner had as many as 1,900 fighters in the country, diplomats estimated at the time.

"The junta bet everything on the Russians, and the jihadists are now closer to the capital than ever," said a researcher at a Dakar-based think tank who asked not to be named.

Mali has been ruled by a military junta since coups in 2020 and 2021. The conflict, which began in 2012, has killed thousands of civilians and displaced more than 400,000 people.""",
[
 c("MLI", "killed", 30, "killed more than 30 soldiers", q="at_least", loc="Kayes", to="JNIM", party="jnim"),
 c("jnim", "killed", 80, "around 80 terrorists", q="approx", loc="Kayes", to="Malian army", party="MLI"),
 c("RUS", "deployed", 2300, "around 2,300 personnel", q="approx", loc="Mali", note="Africa Corps = RUS; unnamed security source"),
 c("RUS", "deployed", 1900, "as many as 1,900 fighters", q="at_most", kind="recalled", loc="Mali", note="Wagner earlier peak, recalled"),
]))

ARTS.append(A("d6-12", "KCNA", "2025-10-23T22:00:00Z",
"Academy of Defence Science conducts test of new-type hypersonic system",
"""Pyongyang, October 23 (KCNA) -- The Academy of Defence Science of the DPRK conducted an important weapon test on October 22 in order to develop a new-type strategic weapon system.

The test, observed by senior officials of the Munitions Industry Department, was carried out from the Ryokpho District of Pyongyang, and two hypersonic projectiles hit the set target on a plain in the northeastern part of the country after flying 1,000 km, the Academy said.

The test is part of the plan for strengthening the national defence capability under the five-year plan adopted at the Eighth Congress of the Workers' Party of Korea, and had no negative effect on the security of neighbouring countries, it added.

The Hwasong-19 intercontinental ballistic missile, displayed at the military parade on October 10 marking the 80th anniversary of the founding of the Party, was described as "the most powerful nuclear strategic weapon system," and the parade involved 12 launcher vehicles, KCNA reported at the time.

Meanwhile, 3,500 students of Kim Il Sung University and 22 delegations from foreign countries attended a national meeting on Thursday on the 75th anniversary of the Chinese People's Volunteers' entry into the Korean war, where speakers praised the "blood-sealed friendship" between the two countries.

South Korea's Joint Chiefs of Staff said separately that it had detected several ballistic missiles fired northeastward at around 8:10 a.m., about a week before a summit of APEC leaders in Gyeongju. Researchers at 38 North said satellite imagery taken on October 19 showed new construction at the Sohae launching ground, where 3 new structures have appeared since May.""",
"NEG"))

ARTS.append(A("d6-13", "Garowe Online", "2025-06-09T12:00:00Z",
"Somali army says 45 al-Shabaab militants killed in Middle Shabelle as AUSSOM funding gap widens",
"""MOGADISHU, Somalia - The Somali National Army (SNA) says it has killed 45 al-Shabaab militants in an operation backed by international partners near Adan Yabaal in Middle Shabelle region.

Defence Ministry spokesman Col. Abdiqani Warsame told reporters on Sunday that the operation also destroyed 3 vehicle-borne explosive devices and that government forces had retaken 2 villages lost in April.

Al-Shabaab, in a statement carried by its Radio Andalus, claimed it had killed 17 soldiers in a counter-attack on a forward base near the town. The claim could not be verified.

The fighting comes as the African Union Support and Stabilization Mission in Somalia (AUSSOM), which has 11,412 uniformed personnel on its books, faces a funding shortfall estimated at $96 million for the year. Troops from Uganda, Ethiopia, Kenya, Burundi and Egypt make up the bulk of the force.

Egypt has pledged to contribute about 1,300 soldiers to AUSSOM and is expected to deploy them by the end of the year, officials in Cairo say. The United Nations Security Council authorised the mission in December 2024.

"Without predictable financing, our soldiers cannot hold the ground they liberate," a senior AUSSOM official said.

The UN estimates that nearly 4 million Somalis face acute food insecurity, and aid agencies say more than 1,200 displaced families arrived in Balcad in the past month.""",
[
 c("al-shabaab", "killed", 45, "killed 45 al-Shabaab militants", loc="Middle Shabelle", to="Somali National Army", party="SOM"),
 c("SOM", "killed", 17, "killed 17 soldiers", loc="Middle Shabelle", to="al-Shabaab", party="al-shabaab"),
 c("AU", "deployed", 11412, "11,412 uniformed personnel", loc="Somalia", note="AUSSOM = AU"),
 c("EGY", "deployed", 1300, "about 1,300 soldiers", q="approx", kind="planned", loc="Somalia", to="officials in Cairo", party="EGY"),
]))

ARTS.append(A("d6-14", "Xinhua", "2026-02-06T09:45:00Z",
"At least 27 Houthis killed in clashes with gov't forces in Yemen's Marib",
"""ADEN, Yemen, Feb. 6 (Xinhua) -- At least 27 Houthi fighters were killed in fierce clashes with government forces in Yemen's oil-rich province of Marib over the past 24 hours, a government military official told Xinhua on Friday.

Nine government soldiers were also killed and 14 others wounded in the fighting on the Raghwan and Sirwah fronts, the official said on condition of anonymity.

The Houthi-run al-Masirah TV said the group's forces had repelled "a large-scale attack" and killed dozens of "mercenaries," without giving further details.

Separately, the U.S. Central Command said it had deployed 2,000 additional sailors and Marines to the Red Sea aboard an amphibious ready group after the Houthis threatened to resume attacks on shipping. A CENTCOM spokesman said the force would remain in the region "as long as necessary."

Marib, about 120 km east of Sanaa, hosts more than 2 million internally displaced people, according to local authorities.

The Yemeni conflict, which broke out in late 2014 when the Houthis seized Sanaa, has killed hundreds of thousands of people, according to UN estimates. A UN-brokered truce in 2022 largely held for two years before tensions rose again.""",
[
 c("houthis", "killed", 27, "At least 27 Houthi fighters", q="at_least", kind="increment", loc="Marib", to="a government military official", party="YEM", note="anonymous source with stated side; 'past 24 hours' = increment"),
 c("YEM", "killed", 9, "Nine government soldiers were also killed", kind="increment", loc="Marib", to="a government military official", party="YEM"),
 c("YEM", "wounded", 14, "14 others wounded", kind="increment", loc="Marib", to="a government military official", party="YEM"),
 c("USA", "deployed", 2000, "2,000 additional sailors and Marines", kind="increment", loc="Red Sea", to="U.S. Central Command", party="USA"),
]))
