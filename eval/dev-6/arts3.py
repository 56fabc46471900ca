from common import A, c

ARTS = []

ARTS.append(A("d6-15", "SANA", "2025-07-16T10:00:00Z",
"Ministry of Defence: army units deploy to Sweida countryside to restore security",
"""Damascus, SANA - The Ministry of Defence announced on Wednesday the deployment of around 4,000 army personnel to the countryside of Sweida province to "end the clashes and protect civilians," following days of fighting between local armed groups and Bedouin tribes.

A ministry source told SANA that the units entered 6 villages in the western countryside of the province and began removing barricades, while military police opened 2 corridors for the evacuation of wounded.

"The Syrian Arab Army came to protect all the people of Sweida without exception," the spokesperson for the Ministry of Defence said in a statement, adding that 18 members of the army had been killed by "outlaw groups" since Sunday.

The Interior Ministry said it had deployed internal security forces to the city's entrances and that the curfew would remain in force until further notice.

In the northeast, talks continued on integrating the Syrian Democratic Forces (SDF) into state institutions under the agreement signed in March. The SDF's commander has said the group has about 90,000 fighters and members of its internal security forces under arms.

The Ministry of Health said 94 civilians had been treated at the national hospital in Sweida, and the Syrian Arab Red Crescent said 1,500 families had been displaced to Daraa province.

The President of the Republic chaired a meeting with 3 governors on reconstruction needs, SANA reported, with the cost of rebuilding the country estimated at more than $250 billion.""",
[
 c("SYR", "deployed", 4000, "around 4,000 army personnel", q="approx", loc="Sweida", to="Ministry of Defence", party="SYR"),
 c("SYR", "killed", 18, "18 members of the army had been killed", loc="Sweida", to="the spokesperson for the Ministry of Defence", party="SYR"),
 c("sdf", "deployed", 90000, "about 90,000 fighters", q="approx", loc="northeast Syria", to="The SDF's commander", party="sdf", note="fighters plus internal security forces"),
]))

ARTS.append(A("d6-16", "The Irrawaddy", "2024-12-21T05:30:00Z",
"Arakan Army says it captured over 360 junta troops in fall of western command",
"""The Arakan Army (AA) says it has captured more than 360 junta soldiers, including a brigadier general, after overrunning the regime's Western Regional Military Command headquarters in Ann Township, Rakhine State.

In a statement on Friday, the ethnic armed group said its fighters had killed about 170 regime troops during the two-week offensive on the headquarters, and seized hundreds of weapons and 4 artillery pieces.

"The enemy's command structure in Rakhine has collapsed," AA spokesman U Khaing Min Naing told The Irrawaddy by phone, adding that the prisoners would be "treated under the Geneva Conventions."

The junta has not commented on the loss. Its spokesman said earlier this month that the military had "temporarily relocated" some units.

The regime is struggling to replenish its ranks. Under a conscription law activated in February, it plans to call up 50,000 men this year, in batches of around 4,500 a month, according to the junta's own announcements. Military analysts estimate the army has around 150,000 troops left, of whom perhaps 80,000 are combat soldiers.

The AA now controls most of Rakhine's townships. The UN says more than 3.2 million people have been displaced across Myanmar since the 2021 coup, and humanitarian agencies warn that 2 million people in Rakhine face famine conditions.

The People's Defence Forces (PDF) loyal to the National Unity Government also reported gains in Sagaing Region this week.""",
[
 c("MMR", "captured", 360, "more than 360 junta soldiers", q="at_least", loc="Ann Township", to="Arakan Army", party="arakan-army"),
 c("MMR", "killed", 170, "about 170 regime troops", q="approx", loc="Ann Township", to="Arakan Army", party="arakan-army"),
 c("MMR", "deployed", 50000, "call up 50,000 men this year", kind="planned", loc="Myanmar", note="conscription plan"),
 c("MMR", "deployed", 4500, "around 4,500 a month", q="approx", kind="planned", opt=True, vr=[4500,4500], loc="Myanmar", note="monthly batch rate"),
 c("MMR", "deployed", 150000, "around 150,000 troops left", q="approx", loc="Myanmar", note="unnamed analysts"),
 c("MMR", "deployed", 80000, "perhaps 80,000 are combat soldiers", q="approx", loc="Myanmar", note="subset of the total"),
]))

ARTS.append(A("d6-17", "Al Jazeera", "2025-05-21T14:00:00Z",
"Gaza death toll passes 53,600 as aid trickles in; hostage families protest",
"""The Health Ministry in Gaza says at least 53,655 Palestinians have been killed and 121,880 wounded since October 2023, with 87 people killed in the past 24 hours across the Strip.

Only 87 aid trucks entered the territory on Tuesday, according to the UN, after an 11-week blockade, while the UN agency for Palestinian refugees, UNRWA, says it has 3,000 trucks waiting in Egypt and Jordan. Nutrition workers say 12,000 children could die within 48 hours without supplies, a figure later clarified by the UN to refer to a longer period.

In Tel Aviv, thousands rallied for the release of the 57 hostages still held in Gaza, around 21 of whom are believed to be alive. "Every day that passes is a death sentence," said Yael, 46, whose brother was taken from Kibbutz Nir Oz.

The Gaza Civil Defence said its crews had recovered 12 bodies from the rubble of a school in Jabalia used as a shelter for 800 displaced people. About 90 percent of Gaza's 2.1 million residents have been displaced at least once, according to the UN.

Twenty-four countries, including the United Kingdom, France and Canada, signed a joint statement calling for the full resumption of aid. The European Union said it would review its 2000 association agreement with Israel.

Israel's government says it will distribute aid through 4 hubs run by a private foundation, a plan the UN has rejected.""",
"NEG"))

ARTS.append(A("d6-18", "Addis Standard", "2025-04-28T11:15:00Z",
"ENDF says 320 'extremists' killed in Gojjam operations; Fano claims heavy army losses",
"""Addis Abeba - The Ethiopian National Defense Force (ENDF) says it killed 320 members of the "extremist" Fano militia and captured 95 others during operations in East and West Gojjam zones of the Amhara region over the past week.

In a statement shared on state broadcaster EBC, the army's Northwestern Command said it had also seized 214 assorted firearms and "dismantled" 3 training camps.

A spokesperson for the Amhara Fano National Movement (AFNM), one of the main Fano factions, dismissed the figures and claimed that its fighters had killed more than 200 government soldiers in an ambush near Debre Markos on Thursday alone. Addis Standard could not independently verify either claim.

The conflict in Amhara began in August 2023, when the federal government moved to dissolve regional special forces. A state of emergency was lifted in June 2024, but fighting has continued across much of the region.

Residents in Bichena told Addis Standard that 7 civilians, including a health worker, were killed by a drone strike on a market on Wednesday. The Ethiopian Human Rights Commission has documented more than 1,000 civilian deaths in the region since 2023.

More than 4,000 schools remain closed in Amhara, according to the regional education bureau, leaving an estimated 3 million children out of school.""",
[
 c("fano", "killed", 320, "killed 320 members", kind="increment", loc="Gojjam", to="Ethiopian National Defense Force", party="ETH", note="'over the past week'"),
 c("fano", "captured", 95, "captured 95 others", kind="increment", loc="Gojjam", to="Ethiopian National Defense Force", party="ETH"),
 c("ETH", "killed", 200, "more than 200 government soldiers", q="at_least", loc="Debre Markos", to="Amhara Fano National Movement", party="fano", note="single ambush toll"),
]))

ARTS.append(A("d6-19", "AP", "2025-01-24T22:30:00Z",
"Colombia sends 10,000 troops to Catatumbo as ELN offensive displaces tens of thousands",
"""BOGOTA, Colombia (AP) - Colombia's government said Friday it had deployed 10,000 troops to the northeastern Catatumbo region, where fighting between the National Liberation Army rebel group and dissidents of the former FARC has killed about 70 people and displaced more than 48,000 in a week.

"We are going to recover territorial control of Catatumbo," the defense minister told reporters in Cúcuta, adding that another 1,500 soldiers would arrive in the coming days. President Gustavo Petro declared a state of internal commotion for 90 days.

The military said troops had captured 14 ELN fighters near the town of Tibú and that 2 soldiers were wounded by an explosive launched from a drone.

The ELN, which has an estimated 6,300 fighters according to the Defense Ministry, accused the FARC dissidents of working with drug traffickers and said the offensive was aimed at "protecting the population." The rebels said in a statement that 18 dissident fighters had been killed in the clashes.

Catatumbo, which borders Venezuela, has about 50,000 hectares of coca crops, the largest concentration in the country. Venezuela's government said it was ready to receive Colombians fleeing the fighting, and Colombian officials said more than 1,300 had crossed the border.

Petro suspended peace talks with the ELN on Jan. 17. The talks had begun in 2022 and produced a six-month ceasefire in 2023.""",
[
 c("COL", "deployed", 10000, "deployed 10,000 troops", loc="Catatumbo", to="Colombia's government", party="COL"),
 c("COL", "deployed", 1500, "another 1,500 soldiers", kind="planned", loc="Catatumbo", to="the defense minister", party="COL", note="'would arrive': planned beats 'another'"),
 c("eln", "captured", 14, "captured 14 ELN fighters", loc="Tibú", to="The military", party="COL"),
 c("COL", "wounded", 2, "2 soldiers were wounded", loc="Tibú", to="The military", party="COL"),
 c("eln", "deployed", 6300, "an estimated 6,300 fighters", q="approx", loc="Colombia", to="Defense Ministry", party="COL"),
 c("farc", "killed", 18, "18 dissident fighters had been killed", loc="Catatumbo", to="ELN", party="eln", note="FARC dissidents coded farc"),
]))

ARTS.append(A("d6-20", "Mexico News Daily", "2025-03-03T18:00:00Z",
"Federal government sends 1,100 more soldiers to Sinaloa as cartel war enters sixth month",
"""The federal government has sent 1,100 more soldiers to Sinaloa, bringing to 11,500 the number of military and National Guard personnel deployed in the state to contain a war between factions of the Sinaloa Cartel, the Defense Ministry (Sedena) said on Monday.

The reinforcements, members of the Army's special forces, arrived at Culiacán's international airport on Sunday aboard 4 Air Force planes.

The defense minister told the morning press conference that troops had arrested 14 suspected gunmen of the Sinaloa Cartel and seized 37 rifles, 2 grenade launchers and 1.2 tonnes of methamphetamine in the past week.

Since the infighting between the "Chapitos" and the faction loyal to Ismael "El Mayo" Zambada erupted on Sept. 9, 2024, more than 1,350 people have been murdered and some 1,400 reported missing in Sinaloa, according to the state prosecutor's office.

Across the border, the Pentagon has about 9,400 troops supporting Customs and Border Protection on the U.S. side, after President Donald Trump declared a national emergency at the southern border in January.

Culiacán businesses say sales have fallen by 40% since the violence began, and schools in the state capital returned to in-person classes only last week. The state government said a curfew on nightlife would remain until the end of March.""",
[
 c("MEX", "deployed", 1100, "1,100 more soldiers", kind="increment", loc="Sinaloa", to="Sedena", party="MEX"),
 c("MEX", "deployed", 11500, "bringing to 11,500 the number", loc="Sinaloa", to="Sedena", party="MEX"),
 c("sinaloa-cartel", "captured", 14, "14 suspected gunmen of the Sinaloa Cartel", kind="increment", loc="Sinaloa", to="The defense minister", party="MEX", note="arrests of gunmen = captured; 'in the past week'"),
 c("USA", "deployed", 9400, "about 9,400 troops", q="approx", loc="U.S. southern border", to="Pentagon", party="USA"),
]))

ARTS.append(A("d6-21", "Miami Herald", "2025-10-05T21:00:00Z",
"UN approves Gang Suppression Force for Haiti as Viv Ansanm tightens grip on capital",
"""PORT-AU-PRINCE, Haiti - The U.N. Security Council on Tuesday voted to transform the struggling Kenya-led security mission in Haiti into a larger Gang Suppression Force of up to 5,800 uniformed personnel, a move Haitian officials hope will finally turn the tide against the country's armed gangs.

The resolution, drafted by the United States and Panama, passed with 11 votes in favour and 4 abstentions. The current Multinational Security Support mission has fewer than 1,000 police and soldiers on the ground, most of them Kenyan, far short of the 2,600 originally envisaged.

The Viv Ansanm gang coalition, which controls about 85% of Port-au-Prince, has an estimated 12,000 members, according to U.N. figures cited by diplomats, many of them children recruited by force.

"We need boots, not promises," said Haiti's ambassador to the U.N. in a speech to the council.

Haitian police said officers killed 11 Viv Ansanm members in an operation in Delmas 30 on Monday, and that 2 officers were injured. The U.N. human rights office says more than 4,350 people were killed in Haiti between October 2024 and June 2025, and about 1.4 million people have fled their homes.

Kenya's government, which has sent around 800 police officers, welcomed the vote. The new force will be funded by voluntary contributions and a new U.N. support office, with a budget still to be negotiated.""",
[
 c("UN", "deployed", 5800, "up to 5,800 uniformed personnel", q="at_most", kind="planned", opt=True, vr=[5800,5800], loc="Haiti", to="U.N. Security Council", party="UN", note="UN-authorised non-UN force: force code ambiguous (UN or none)"),
 c(None, "deployed", 1000, "fewer than 1,000 police and soldiers", q="at_most", opt=True, vr=[1000,1000], loc="Haiti", note="multinational mission without an organisation code"),
 c(None, "deployed", 2600, "the 2,600 originally envisaged", opt=True, vr=[2600,2600], kind="recalled", loc="Haiti"),
 c("viv-ansanm", "deployed", 12000, "an estimated 12,000 members", q="approx", loc="Port-au-Prince", to="U.N. figures", party="UN"),
 c("viv-ansanm", "killed", 11, "killed 11 Viv Ansanm members", loc="Delmas 30", to="Haitian police", party="HTI"),
 c("HTI", "wounded", 2, "2 officers were injured", opt=True, vr=[2,2], loc="Delmas 30", to="Haitian police", party="HTI", note="police officers in combat: tolerated"),
 c("KEN", "deployed", 800, "around 800 police officers", q="approx", opt=True, vr=[800,800], loc="Haiti", note="police contingent: tolerated, not required"),
]))

ARTS.append(A("d6-22", "The Hindu", "2025-06-30T09:20:00Z",
"Two terrorists killed as Army foils infiltration bid in Kupwara; Amarnath Yatra security tightened",
"""SRINAGAR: Two terrorists were killed and two soldiers injured as the Army foiled an infiltration bid along the Line of Control (LoC) in Jammu and Kashmir's Kupwara district on Sunday night, officials said.

"Alert troops observed suspicious movement near the LoC in the Keran sector and challenged the intruders, following which a fierce gunfight ensued," the Srinagar-based Chinar Corps said in a post on X. The two slain men were believed to belong to the Lashkar-e-Taiba, a police officer said.

The injured soldiers were evacuated to the Army's 92 Base Hospital and were stated to be stable.

The encounter comes days before the start of the 38-day Amarnath Yatra on July 3, for which more than 3.8 lakh pilgrims have registered. Officials said 560 companies of the Central Armed Police Forces had been inducted for the Yatra, on top of the around six lakh security personnel already stationed in the Union Territory.

The Director General of Police told reporters that 42 of the 71 terrorists believed active in the Valley were foreigners. "Our focus is on neutralising infiltrators before they reach the hinterland," he said.

Jammu and Kashmir recorded an 80% voter turnout in some constituencies in the Assembly election last year, the highest in decades.""",
[
 c("lashkar-e-taiba", "killed", 2, "Two terrorists were killed", loc="Kupwara", note="officials unnamed; group named by a police officer"),
 c("IND", "wounded", 2, "two soldiers injured", loc="Kupwara", note="officials, unnamed"),
 c("IND", "deployed", 600000, "around six lakh security personnel", q="approx", loc="Jammu and Kashmir", note="six lakh = 600000"),
 c(None, "deployed", 71, "71 terrorists believed active", opt=True, vr=[42,71], loc="Kashmir Valley", to="The Director General of Police", party="IND", note="militants active, group unspecified"),
]))

ARTS.append(A("d6-23", "Press Information Bureau", "2025-12-13T12:00:00Z",
"Passing Out Parade held at Indian Military Academy, Dehradun",
"""Dehradun, 13 December 2025: The Passing Out Parade of the 157th Regular Course and the 146th Technical Graduate Course was held at the Indian Military Academy today, with 491 Gentlemen Cadets, including 35 cadets from 14 friendly foreign countries, passing out.

The parade was reviewed by the Chief of the Army Staff, who congratulated the young officers and their parents. "You are joining the Army at a time when technology is changing the character of war," he said in his address.

The Sword of Honour was awarded to Academy Cadet Adjutant Arjun Mehra, while the Gold Medal for standing first in the order of merit went to Battalion Under Officer Karan Singh. The Silver Medal and Bronze Medal were awarded to two other cadets, and the Chief of Army Staff's Banner was presented to Imphal Company.

Since its inception in 1932, the Academy has conducted 157 regular courses on a campus spread over 1,400 acres, an official release said.

The commissioned officers will join 78 different regiments and corps. Their families, numbering over 4,000, attended the ceremony amid tight security, with 600 police personnel deployed by the Uttarakhand Police around the venue.

The Academy's 2026 intake will include the first batch of 12 women officer cadets, officials said.""",
"NEG"))

ARTS.append(A("d6-24", "Philippine Daily Inquirer", "2025-04-21T03:00:00Z",
"Balikatan 2025 opens with more than 16,000 troops, largest ever",
"""MANILA, Philippines - Filipino and American troops opened the 40th Balikatan exercises on Monday, with more than 16,000 service members taking part in what officials called the largest edition of the annual war games.

Some 10,200 American troops and about 5,900 Filipino soldiers, sailors and airmen will train together until May 9, joined by around 300 members of the Australian Defence Force and a contingent of 120 Japanese troops who are taking part as participants for the first time, the Armed Forces of the Philippines (AFP) said.

"This exercise sends a clear message that we are prepared to defend every inch of our territory," AFP spokesperson Col. Marites Dizon told reporters at Camp Aguinaldo.

The United States will deploy its NMESIS anti-ship missile system to the Batanes islands, 200 kilometres south of Taiwan, and a second Typhon launcher will be brought in, a U.S. Marine Corps official said.

China's Foreign Ministry said the drills "undermine regional peace." Chinese coast guard vessels on Saturday fired water cannon at a Philippine fisheries ship near Scarborough Shoal, injuring 2 crew members, the Philippine Coast Guard said.

The Philippines, which hosts US forces at 9 military sites under the Enhanced Defense Cooperation Agreement, will hold midterm elections on May 12. A Pulse Asia survey showed 72% of Filipinos backing closer military ties with the United States.""",
[
 c(None, "deployed", 16000, "more than 16,000 service members", q="at_least", opt=True, vr=[16000,16000], loc="Philippines", to="AFP", party="PHL", note="combined multinational total, no single force"),
 c("USA", "deployed", 10200, "Some 10,200 American troops", q="approx", loc="Philippines", to="Armed Forces of the Philippines", party="PHL"),
 c("PHL", "deployed", 5900, "about 5,900 Filipino soldiers", q="approx", loc="Philippines", to="Armed Forces of the Philippines", party="PHL"),
 c("AUS", "deployed", 300, "around 300 members of the Australian Defence Force", q="approx", loc="Philippines", to="Armed Forces of the Philippines", party="PHL"),
 c("JPN", "deployed", 120, "a contingent of 120 Japanese troops", loc="Philippines", to="Armed Forces of the Philippines", party="PHL"),
]))
