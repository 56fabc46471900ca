from lib import A, C
ISPR = "Inter Services Public Relations"
ARTS = [
A("b3-11", "Garowe Online", "2025-01-02T12:00:00Z",
  "New AU mission AUSSOM takes over in Somalia with 11,911 personnel",
"""MOGADISHU — The African Union Support and Stabilisation Mission in Somalia (AUSSOM) formally took over from the outgoing ATMIS mission on Wednesday with 11,911 uniformed personnel, including 680 police, the African Union said.

Egypt is expected to contribute about 1,100 troops to the new mission, according to Somali officials, with deployment due to begin in the coming months. Ethiopia, whose relations with Mogadishu soured after a port deal with the breakaway region of Somaliland, will contribute around 2,500 soldiers, down from 3,000 under ATMIS, the officials said.

The Somali National Army said on Tuesday it had killed 47 al-Shabaab fighters in an operation in the Middle Shabelle region, including two commanders. It said three soldiers were killed in the fighting.

Estimates of al-Shabaab's strength vary widely. A US intelligence assessment last year put the group's fighters at between 7,000 and 12,000, while the UN has said the group earns more than $100 million a year from taxation and extortion.

The UN Security Council approved AUSSOM's mandate on December 27 with 14 votes in favour and the United States abstaining. Funding remains uncertain, with a gap of about $190 million for the first year, and 4.4 million Somalis face acute food insecurity.""",
[C("11,911 uniformed personnel", "AU", "deployed", 11911, "exact", "total", "Somalia", "the African Union", "AU"),
 C("680 police", "AU", "deployed", 680, "exact", "total", "Somalia", "the African Union", "AU", opt=[680, 680],
   note="police sub-count of a mission: optional"),
 C("about 1,100 troops", "EGY", "deployed", 1100, "approx", "planned", "Somalia", "Somali officials", "SOM"),
 C("around 2,500 soldiers", "ETH", "deployed", 2500, "approx", "planned", "Somalia", "Somali officials", "SOM"),
 C("3,000 under ATMIS", "ETH", "deployed", 3000, "exact", "recalled", "Somalia", "Somali officials", "SOM"),
 C("47 al-Shabaab fighters", "al-shabaab", "killed", 47, "exact", "total", "Middle Shabelle", "The Somali National Army", "SOM"),
 C("two commanders", "al-shabaab", "killed", 2, "exact", "total", "Middle Shabelle", "The Somali National Army", "SOM", opt=[2, 2],
   note="sub-count: optional"),
 C("three soldiers", "SOM", "killed", 3, "exact", "total", "Middle Shabelle", "The Somali National Army", "SOM"),
 C("between 7,000 and 12,000", "al-shabaab", "deployed", 7000, "range", "recalled", "Somalia", "A US intelligence assessment", "USA", high=12000),
]),

A("b3-12", "Premium Times", "2025-04-14T07:50:00Z",
  "Troops neutralise 63 terrorists, rescue 22 hostages in North-East — DHQ",
"""The Defence Headquarters (DHQ) says troops of Operation Hadin Kai have neutralised 63 terrorists and arrested 12 others in the North-East in the past one week.

The Director of Defence Media Operations, Maj-Gen Markus Kangye, disclosed this on Thursday at a briefing in Abuja. He said the troops also rescued 22 kidnapped hostages, including 9 women and 5 children, and recovered 31 AK-47 rifles and 1,150 rounds of ammunition.

According to him, the terrorists, mostly fighters of the Islamic State West Africa Province (ISWAP), attacked a military base in Wajiroko, Damboa LGA, but were repelled. He admitted that five soldiers paid the supreme price while 11 were wounded.

Meanwhile, a total of 148 Boko Haram fighters and their family members surrendered to troops across the theatre within the period, bringing to over 160,000 the number of those who have surrendered since 2021.

Kangye also said that 2,300 newly trained soldiers of the 85 Regular Recruits Intake had passed out at the Depot Nigerian Army in Zaria and would be deployed to the North-East to reinforce the operation.

He urged residents of Borno, Yobe and Adamawa states to continue to provide credible information to the troops. Over 2 million people remain displaced in the North-East, according to the National Emergency Management Agency.""",
[C("63 terrorists", "isis", "killed", 63, "exact", "increment", "North-East", "Defence Headquarters", "NGA",
   note="ISWAP is an Islamic State branch: isis (decision)"),
 C("12 others", "isis", "captured", 12, "exact", "increment", "North-East", "Defence Headquarters", "NGA"),
 C("five soldiers", "NGA", "killed", 5, "exact", "total", "Wajiroko", "Maj-Gen Markus Kangye", "NGA"),
 C("11 were wounded", "NGA", "wounded", 11, "exact", "total", "Wajiroko", "Maj-Gen Markus Kangye", "NGA"),
 C("2,300 newly trained soldiers", "NGA", "deployed", 2300, "exact", "planned", "North-East", "Maj-Gen Markus Kangye", "NGA",
   note="graduation with a stated deployment: planned claim"),
]),

A("b3-13", "Zitamar News", "2024-11-20T13:15:00Z",
  "Rwanda to keep troops in Cabo Delgado as SADC mission ends",
"""MAPUTO — Rwanda will maintain its force of about 4,000 military and police personnel in Mozambique's Cabo Delgado province after the regional SADC mission completed its withdrawal, Rwandan army spokesperson Brig. Gen. Ronald Rwivanga said on Tuesday.

Kigali first sent 1,000 troops in July 2021, after Islamic State-linked insurgents overran the town of Palma, and has expanded the deployment several times since.

The SADC Mission in Mozambique (SAMIM), which at its peak had some 2,000 troops from eight countries, formally ended its mandate in July. Tanzania has kept a smaller bilateral contingent in the north of the province.

Mozambique's defence ministry said last week that its forces, backed by Rwandan troops, had killed 18 insurgents in Macomia district and recovered weapons. Local sources said at least four Mozambican soldiers died in the fighting.

The conflict, which began in October 2017, has killed more than 6,000 people, according to the monitoring group ACLED, and displaced about 1.3 million at its height. TotalEnergies has said it hopes to restart its $20 billion liquefied natural gas project at Afungi in 2025, which will employ 7,000 workers during construction.""",
[C("about 4,000 military and police personnel", "RWA", "deployed", 4000, "approx", "total", "Cabo Delgado", "Brig. Gen. Ronald Rwivanga", "RWA",
   note="'will maintain' an existing force: total, not planned (decision)"),
 C("1,000 troops", "RWA", "deployed", 1000, "exact", "recalled", "Mozambique", None, None),
 C("some 2,000 troops", "SADC", "deployed", 2000, "approx", "recalled", "Mozambique", None, None),
 C("18 insurgents", "isis", "killed", 18, "exact", "total", "Macomia", "Mozambique's defence ministry", "MOZ"),
 C("at least four Mozambican soldiers", "MOZ", "killed", 4, "at_least", "total", "Macomia", "Local sources", None),
]),

A("b3-14", "The Irrawaddy", "2025-01-15T05:30:00Z",
  "Arakan Army says it captured more than 400 junta troops at Western Command",
"""The Arakan Army (AA) said on Tuesday it had taken more than 400 junta soldiers prisoner, including a brigadier general and his deputies, after seizing the regime's Western Command headquarters in Ann Township, Rakhine State.

The ethnic armed group said in a statement that around 1,300 regime troops and their family members had been inside the headquarters compound before the final assault began in late December. It said hundreds of soldiers were killed, but gave no figure.

The junta has not commented. Its spokesman Major General Zaw Min Tun said last month that the military was conscripting about 5,000 people every month under the People's Military Service Law, which took effect in February 2024, and that more than 30,000 had completed basic training.

A report by the Institute for Strategy and Policy–Myanmar estimated that the regime has between 130,000 and 150,000 combat troops, compared with more than 300,000 before the 2021 coup.

The AA now controls 14 of Rakhine's 17 townships. The UN says more than 3.5 million people are displaced nationwide, and about 2 million people in Rakhine face famine conditions.""",
[C("more than 400 junta soldiers", "MMR", "captured", 400, "at_least", "total", "Ann Township", "The Arakan Army", "arakan-army"),
 C("hundreds of soldiers", "MMR", "killed", None, "approx", "total", "Ann Township", "The Arakan Army", "arakan-army", opt=[200, 999]),
 C("about 5,000 people every month", "MMR", "deployed", 5000, "approx", "increment", "Myanmar", "Major General Zaw Min Tun", "MMR", opt=[5000, 5000],
   note="a monthly conscription rate: optional"),
 C("between 130,000 and 150,000 combat troops", "MMR", "deployed", 130000, "range", "total", "Myanmar", "Institute for Strategy and Policy–Myanmar", None, high=150000),
 C("more than 300,000", "MMR", "deployed", 300000, "at_least", "recalled", "Myanmar", "Institute for Strategy and Policy–Myanmar", None),
]),

A("b3-15", "Dawn", "2025-02-28T15:00:00Z",
  "Four soldiers martyred, 14 terrorists killed in North Waziristan operation: ISPR",
"""RAWALPINDI: Four soldiers were martyred and 14 terrorists were killed during an intelligence-based operation in North Waziristan's Datta Khel area on the night of February 27-28, the military's media wing said on Friday.

According to a statement by the Inter Services Public Relations (ISPR), security forces conducted the operation on the reported presence of "khwarij", a term the state uses for militants of the banned Tehreek-i-Taliban Pakistan (TTP). "After an intense exchange of fire, 14 khwarij were sent to hell," the statement said, adding that weapons and ammunition were recovered.

The martyred soldiers were identified as Havildar Muhammad Saleem, 38, Naik Zafar Iqbal, 31, Sepoy Abdul Rehman, 24, and Sepoy Kashif Ali, 22.

Separately, the ISPR said militants had attacked a Frontier Corps post in Bannu district on February 26. In the ensuing exchange of fire, six terrorists were killed and three soldiers were injured, it said.

Khyber Pakhtunkhwa has seen a sharp rise in attacks since the TTP ended a ceasefire with the government in November 2022. According to the Pakistan Institute for Conflict and Security Studies, 2024 was the deadliest year in nearly a decade, with 685 security personnel killed nationwide.

The military said it had conducted more than 59,000 intelligence-based operations in 2024. Prime Minister Shehbaz Sharif lauded the troops and offered condolences to the families of the martyrs.""",
[C("Four soldiers", "PAK", "killed", 4, "exact", "total", "Datta Khel", "Inter Services Public Relations", "PAK"),
 C("14 terrorists", "ttp", "killed", 14, "exact", "total", "Datta Khel", "Inter Services Public Relations", "PAK",
   note="'khwarij' is Pakistan's term for TTP, stated in the text"),
 C("six terrorists", "ttp", "killed", 6, "exact", "total", "Bannu", "Inter Services Public Relations", "PAK",
   note="militants not named in this sentence but in the TTP context of the article: ttp"),
 C("three soldiers", "PAK", "wounded", 3, "exact", "total", "Bannu", "Inter Services Public Relations", "PAK"),
 C("685 security personnel", "PAK", "killed", 685, "exact", "recalled", "Pakistan", "Pakistan Institute for Conflict and Security Studies", None,
   note="a year's toll from an earlier year: recalled"),
]),

A("b3-16", "The Hindu", "2025-05-18T10:40:00Z",
  "Centre rushes 20 more CAPF companies to J&K; three militants killed in Shopian",
"""SRINAGAR — The Union Home Ministry has approved the deployment of 20 additional companies of the Central Armed Police Forces (CAPF), or roughly 2,000 personnel, to Jammu and Kashmir to bolster counter-insurgency operations in the Jammu region after a series of attacks, officials said on Saturday.

The fresh companies will add to the more than 580 companies already stationed in the Union Territory, the officials said.

Meanwhile, three militants were killed in an encounter with security forces in the Keller area of Shopian district, the Army's Chinar Corps said. Police said the identities of the slain men were being established. One soldier was injured in the exchange of fire.

The encounter came weeks after the April 22 attack near Pahalgam, in which 26 people, mostly tourists, were killed. India blamed Pakistan for the attack and struck nine sites on May 7; four days of cross-border hostilities followed before a ceasefire was agreed on May 10.

The Pakistan Army said 13 of its soldiers were killed in the hostilities, while the Indian Army said it had lost five servicemen. Officials in Poonch said 16 civilians died in Pakistani shelling on the town.""",
[C("roughly 2,000 personnel", "IND", "deployed", 2000, "approx", "planned", "Jammu and Kashmir", "officials", None,
   note="CAPF paramilitaries in a counter-insurgency role count as the state (decision); approved future deployment beats 'additional': planned"),
 C("three militants", None, "killed", 3, "exact", "total", "Shopian", "the Army's Chinar Corps", "IND"),
 C("One soldier", "IND", "wounded", 1, "exact", "total", "Shopian", "the Army's Chinar Corps", "IND"),
 C("13 of its soldiers", "PAK", "killed", 13, "exact", "total", None, "The Pakistan Army", "PAK"),
 C("five servicemen", "IND", "killed", 5, "exact", "total", None, "the Indian Army", "IND"),
]),

A("b3-17", "Focus Taiwan", "2025-07-10T06:00:00Z",
  "Han Kuang drills begin with record 22,000 reservists; 30 PLA aircraft detected",
"""TAIPEI — Taiwan's annual Han Kuang military exercises began on Wednesday with a record 22,000 reservists called up to take part in the 10-day drills, the longest in the exercises' 41-year history, the Ministry of National Defense said.

The ministry said it had detected 30 Chinese military aircraft and 7 naval ships operating around the island in the 24 hours to 6 a.m., with 22 of the aircraft crossing the median line of the Taiwan Strait.

This year's drills will also test civil defence arrangements in 11 cities, where air-raid sirens will sound and residents will be asked to take shelter for 30 minutes. Taipei's metro system, which carries about 2 million passengers a day, will run a reduced service during the alerts.

President Lai Ching-te has proposed raising defence spending to more than 3% of GDP in 2026, up from 2.45% this year. The government's special budget includes NT$150 billion for new weapons, including 400 Harpoon coastal defence missiles and more than 1,000 drones.

The United States approved $2 billion in arms sales to Taiwan last year, including the NASAMS air-defence system. Taiwan's conscription period was extended to one year in 2024; about 10,000 conscripts entered the new one-year service that year.""",
[C("22,000 reservists", "TWN", "deployed", 22000, "exact", "total", "Taiwan", "the Ministry of National Defense", "TWN"),
 C("about 10,000 conscripts", "TWN", "deployed", 10000, "approx", "recalled", "Taiwan", None, None, opt=[10000, 10000],
   note="an annual intake: optional"),
]),

A("b3-18", "The Haitian Times", "2025-03-08T18:20:00Z",
  "Kenyan police reinforcements arrive as gangs push into Kenscoff",
"""PORT-AU-PRINCE — A fresh contingent of 217 Kenyan police officers arrived in Haiti on Saturday to reinforce the UN-backed Multinational Security Support (MSS) mission, bringing the number of Kenyans deployed to about 750, the mission said.

The MSS, which Kenya leads, now has roughly 1,000 personnel from six countries, well short of the 2,500 originally pledged. Guatemala and El Salvador have also sent soldiers, while Jamaica and Belize contributed smaller teams.

The reinforcements arrived as gangs in the Viv Ansanm coalition pressed an offensive in the hills of Kenscoff, southeast of the capital. Haiti's National Police said its officers had killed several dozen gang members in the past week, while one officer was killed.

The UN says more than 5,600 people were killed in gang violence in Haiti in 2024, and over a million have been displaced. Gangs control an estimated 85% of Port-au-Prince.

A Kenyan officer died last month after being shot during an operation in the Artibonite region, the first fatality of the mission. Kenya has promised to send 600 more officers in the coming weeks, President William Ruto's office said.""",
[C("217 Kenyan police officers", "KEN", "deployed", 217, "exact", "increment", "Haiti", "the mission", "MSS",
   note="police in an armed security mission count (decision)"),
 C("about 750", "KEN", "deployed", 750, "approx", "total", "Haiti", "the mission", "MSS"),
 C("roughly 1,000 personnel", "MSS", "deployed", 1000, "approx", "total", "Haiti", None, None),
 C("the 2,500 originally pledged", "MSS", "deployed", 2500, "exact", "recalled", "Haiti", None, None),
 C("several dozen gang members", "viv-ansanm", "killed", None, "approx", "increment", "Kenscoff", "Haiti's National Police", "HTI", opt=[24, 99]),
 C("one officer was killed", "HTI", "killed", 1, "exact", "total", "Kenscoff", "Haiti's National Police", "HTI",
   note="police in armed combat with gangs count (decision)"),
 C("A Kenyan officer", "KEN", "killed", 1, "exact", "total", "Artibonite", None, None, opt=[1, 1],
   note="number only implied by the article 'A': optional"),
 C("600 more officers", "KEN", "deployed", 600, "exact", "planned", "Haiti", "President William Ruto's office", "KEN"),
]),

A("b3-19", "Reuters", "2025-01-25T22:00:00Z",
  "Colombia sends 5,000 more troops to Catatumbo as ELN offensive displaces thousands",
"""BOGOTA — Colombia's Defence Ministry said on Saturday it was sending an additional 5,000 soldiers to the Catatumbo region near the Venezuelan border, where fighting between the National Liberation Army (ELN) and dissidents of the former FARC guerrilla has killed at least 80 people in a week.

Defence Minister Ivan Velasquez said the reinforcements would join about 4,000 troops already deployed in the area. President Gustavo Petro declared a state of internal commotion, suspended peace talks with the ELN and accused the group of "war crimes".

The ombudsman's office said more than 36,000 people had fled their homes, the largest displacement in Colombia in decades, with many crossing into Venezuela or sheltering in the city of Cucuta. Authorities said 32 demobilised former FARC combatants, who signed the 2016 peace deal, were among the dead.

The army estimates the ELN has around 6,000 members nationwide, about half of them armed fighters, while the FARC dissident Front 33 has about 800 fighters in the region.

The government flew more than 400 tonnes of food and medicine to Cucuta. The army said 12 ELN guerrillas were captured in Tibu on Friday.""",
[C("an additional 5,000 soldiers", "COL", "deployed", 5000, "exact", "increment", "Catatumbo", "Colombia's Defence Ministry", "COL"),
 C("about 4,000 troops", "COL", "deployed", 4000, "approx", "total", "Catatumbo", "Defence Minister Ivan Velasquez", "COL"),
 C("around 6,000 members", "eln", "deployed", 6000, "approx", "total", "Colombia", "The army", "COL", opt=[6000, 6000],
   note="members, not all fighters, by the article's own words: optional"),
 C("about 800 fighters", "farc-dissidents", "deployed", 800, "approx", "total", "Catatumbo", "The army", "COL"),
 C("12 ELN guerrillas", "eln", "captured", 12, "exact", "total", "Tibu", "The army", "COL"),
]),

A("b3-20", "El Universal (English edition)", "2025-02-05T01:30:00Z",
  "Mexico begins deploying 10,000 National Guard troops to US border",
"""MEXICO CITY — The first of 10,000 National Guard troops that Mexico agreed to send to its northern border began arriving in Ciudad Juarez and Tijuana on Tuesday, under a deal with US President Donald Trump to pause tariffs for 30 days.

Defence Secretary Gen. Ricardo Trevilla said about 1,650 troops had arrived in Baja California and some 1,700 in Chihuahua by Tuesday evening, while the rest would be deployed in the coming days to Sonora, Tamaulipas and other states.

The troops will focus on stopping fentanyl trafficking and migration, officials said. Mexico already had some 15,000 soldiers and Guard members along the border, according to government figures from 2024.

In Sinaloa, where rival factions of the Sinaloa Cartel have been fighting since September, state prosecutors said 1,200 people have been killed and more than 1,400 reported missing. The army said it had arrested 18 suspected cartel gunmen and seized 1.5 tonnes of methamphetamine in Culiacan last week. Two soldiers were killed in an ambush in the municipality of Elota on Sunday, the defence ministry said.

US officials said Washington would deploy 1,500 additional active-duty troops to the southern border, adding to about 2,500 National Guard and reserve forces already there.""",
[C("10,000 National Guard troops", "MEX", "deployed", 10000, "exact", "planned", "northern border", None, None, occ=0,
   note="National Guard counts as the state; headline repeats it"),
 C("about 1,650 troops", "MEX", "deployed", 1650, "approx", "total", "Baja California", "Defence Secretary Gen. Ricardo Trevilla", "MEX"),
 C("some 1,700 in Chihuahua", "MEX", "deployed", 1700, "approx", "total", "Chihuahua", "Defence Secretary Gen. Ricardo Trevilla", "MEX"),
 C("some 15,000 soldiers and Guard members", "MEX", "deployed", 15000, "approx", "recalled", "northern border", "government figures", "MEX"),
 C("18 suspected cartel gunmen", "sinaloa-cartel", "captured", 18, "exact", "total", "Culiacan", "The army", "MEX", opt=[18, 18],
   note="arrested suspects: optional"),
 C("Two soldiers", "MEX", "killed", 2, "exact", "total", "Elota", "the defence ministry", "MEX"),
 C("1,500 additional active-duty troops", "USA", "deployed", 1500, "exact", "planned", "southern border", "US officials", "USA"),
 C("about 2,500 National Guard and reserve forces", "USA", "deployed", 2500, "approx", "total", "southern border", "US officials", "USA"),
]),
]
