from spec import A, C

# Hard negatives: full of numbers, no personnel claim. build.py adds a sentinel line to each.
ARTICLES = [
A("b5-31", "NK Pro Weekly (analysis)", "2025-03-18T08:00:00Z",
  "Shells by the trainload: satellite imagery tracks North Korea's munitions pipeline to Russia",
  "Korean peninsula: North Korean arms transfers", [
"""ANALYSIS - Commercial satellite imagery of the Tumangang rail yard shows at least 420 freight wagons loaded or unloaded between January and March, suggesting that North Korea's shipments of artillery ammunition to Russia have not slowed since its soldiers entered the fighting in Kursk.""",
"""Researchers at the Open Nuclear Network counted 64 trains crossing the Friendship Bridge over the Tumen River in that period, each of 30 to 40 wagons. Assuming a standard load, that could amount to 2.4 million rounds of 152mm and 122mm ammunition over the past 18 months, one researcher estimated, or roughly a third of what Russia fires in a year.""",
"""Pyongyang has also sent short-range ballistic missiles. Ukraine's air force says fragments of at least 26 KN-23 and KN-24 missiles have been recovered since December 2023, with a failure rate the Ukrainians put at about 50 percent at first, falling to under 20 percent by last autumn. North Korea has displayed the Hwasong-11 family at parades in 2022 and 2023.""",
"""Heavier systems have followed. A South Korean government source said 120 M-1989 Koksan 170mm self-propelled guns and 240mm rocket launchers had been delivered, a figure that could not be confirmed.""",
""""The artillery trade is the real story; the soldiers are the headline," said Minseo Kwak, a former defence ministry official now at a Seoul think tank. She estimated Pyongyang's earnings at $5 billion to $8 billion a year, roughly a quarter of the country's GDP.""",
"""In return, North Korea is believed to be receiving oil above the UN cap of 500,000 barrels a year, food and possibly space technology. The UN Panel of Experts that monitored the sanctions was disbanded in April 2024 after a Russian veto, the 15-member Security Council's first such end to a panel in 20 years.""",
"""North Korea's munitions factories are running three shifts, according to defectors, with Kim Jong Un inspecting the No. 2 Economic Commission's plants at least 11 times last year.""",
  ], neg=True),

A("b5-32", "Pajhwok Afghan News (regional)", "2025-11-05T10:20:00Z",
  "Nearly 2.5 million Afghans returned from Iran and Pakistan this year, IOM says",
  "Afghanistan: returnees and humanitarian crisis", [
"""KABUL - Nearly 2.5 million Afghans have returned or been deported from Iran and Pakistan since January, the International Organization for Migration said on Wednesday, warning that provinces already hit by drought and an earthquake cannot absorb them.""",
"""At the Islam Qala crossing in Herat, up to 30,000 people arrived on some days in July, the agency said, and 60 percent of those returning from Iran were deported rather than leaving voluntarily. Pakistan has deported more than 900,000 Afghans since its campaign began in late 2023.""",
"""The Taliban's Ministry of Refugees and Repatriation said it had given 2,000 afghanis in cash, about $29, to each returning family and allocated land in 12 townships. A ministry spokesman said 4,700 families had been registered in Kandahar in a single week.""",
"""The magnitude 6.0 earthquake that struck Kunar and Nangarhar provinces on August 31 killed more than 2,200 people and destroyed 6,700 homes, the UN said. Aid agencies say only 38 percent of the $2.4 billion humanitarian appeal for Afghanistan has been funded this year, the lowest share in a decade.""",
""""We arrived with two bags and nine children," said Gul Bibi, 45, who was deported from Mashhad after 19 years in Iran. "There is no work, and the rent is 5,000 afghanis a month.\"""",
"""The World Food Programme said it was able to assist 1 million people a month, down from 6 million in 2023, after US funding cuts. Nine in ten Afghan households cannot afford enough food, according to its latest survey of 3,200 households.""",
"""The UN Security Council extended the mandate of its political mission in Afghanistan, UNAMA, in March for 12 months, in a 15-0 vote.""",
  ], neg=True),

A("b5-33", "Carta de Mocambique (translated)", "2025-09-15T12:00:00Z",
  "Cabo Delgado: displacement rises as TotalEnergies weighs $20 billion LNG restart",
  "Mozambique: Cabo Delgado insurgency", [
"""PEMBA - More than 100,000 people fled their homes in Cabo Delgado province in the first two weeks of September, the International Organization for Migration said, after a wave of insurgent attacks on villages in the Ancuabe, Chiure and Muidumbe districts.""",
"""The IOM said 46,000 of the displaced were children, and that 12 makeshift sites had been set up around Mieze and Metuge. Médecins Sans Frontières reported treating 340 patients for cholera in Mocimboa da Praia in August, double the number in July.""",
"""Insurgents linked to the Islamic State have carried out 349 attacks in the province since January, up 40 percent on the same period of 2024, according to the Cabo Ligado conflict observatory, which counted 211 civilian deaths. Observers say the group has increasingly targeted churches and beheaded civilians in at least 7 villages.""",
"""The violence comes as TotalEnergies prepares to lift force majeure on its $20 billion liquefied natural gas project on the Afungi peninsula, suspended since an attack on Palma in March 2021. The plant is designed to produce 13 million tonnes a year, and the company says it will create 7,000 jobs during construction.""",
""""People hear about billions of dollars for gas, but in Chiure we have not had a teacher for 6 months," said Amina Saide, 34, a displaced mother of four.""",
"""Mozambique's economy grew 1.9 percent last year, its slowest in a decade, after post-election protests in which 390 people died, according to the civil society platform Decide. President Daniel Chapo took office in January after an election that the main opposition said was rigged.""",
"""Rwanda has been present in the province since 2021 under a bilateral agreement, and the European Union approved a further 20 million euros in support this year.""",
  ], neg=True),

A("b5-34", "Kyiv Independent (regional)", "2025-07-10T07:35:00Z",
  "Russia launches record 741 drones and missiles at Ukraine; 23 killed in Kyiv",
  "Ukraine: Russian air campaign", [
"""Russia launched 728 drones and 13 missiles at Ukraine overnight on July 10, the largest aerial attack of the full-scale war, Ukraine's Air Force said, with Kyiv the main target.""",
"""At least 23 people were killed in the capital, including a 6-year-old boy, and 134 were injured, the State Emergency Service said. A nine-storey residential building in the Sviatoshynskyi district partially collapsed, and rescuers worked for 20 hours to pull people from the rubble.""",
"""Air defences downed 296 Shahed-type drones and 7 missiles, while 415 decoy drones were "lost" to electronic warfare, the Air Force said. The remainder hit targets in 11 locations, including two power substations and a railway depot in Lutsk, some 400 kilometres from the front.""",
"""Kyiv Mayor's office said 2,300 households were left without power and that 40 schools had been damaged. The city's metro stations sheltered around 90,000 people during the 8-hour attack.""",
""""They are testing how many drones it takes to break us," said Olha Pavlenko, 58, standing outside her flat on Peremohy Avenue, whose windows were blown out for the second time since 2022.""",
"""Ukraine's foreign minister called on partners to supply 10 more Patriot systems. Germany said it would pay for two batteries, each costing about $1 billion, while the United States said it was reviewing stockpiles. Russia now produces about 2,700 Shahed-type drones a month, according to Ukrainian intelligence estimates, up from 300 in 2023.""",
"""The Kremlin said the strikes targeted "military-industrial facilities" and were a response to Ukrainian drone attacks on Russian airfields. Moscow's Vnukovo airport suspended flights for 4 hours on Thursday.""",
  ], neg=True),

A("b5-35", "Politico Europe (analysis)", "2025-06-26T15:00:00Z",
  "After The Hague: can Europe really spend 5 percent?",
  "Europe: NATO defence spending", [
"""THE HAGUE - NATO leaders agreed on Wednesday to raise defence spending to 5 percent of GDP by 2035: 3.5 percent on "core" military needs and 1.5 percent on related infrastructure and resilience. For the alliance's European members and Canada, that means finding roughly 800 billion euros a year more than today.""",
"""Only 23 of the 32 allies met the old 2 percent target in 2024. Spain, which spends 1.28 percent, secured language that it says exempts it from the new goal; Prime Minister's aides in Madrid said 2.1 percent was "sufficient".""",
"""Poland is the front-runner. Warsaw plans to spend 4.7 percent of GDP this year, or about 186 billion zlotys, and has ordered 1,000 K2 tanks from South Korea and 96 Apache helicopters from the United States. Germany, after loosening its debt brake in March, expects its defence budget to reach 162 billion euros by 2029, up from 86 billion.""",
""""The money is the easy part. Turning euros into ammunition takes years," said Camille Brunet, a defence economist at a Paris institute. Europe produced around 1 million artillery shells in 2024, she said, and aims for 2 million a year by 2026.""",
"""The European Commission's 150-billion-euro SAFE loan programme has drawn requests from 18 member states. Defence stocks have soared: Rheinmetall shares are up 180 percent over 12 months.""",
"""Public opinion is shifting too. A 12-country poll for the European Council on Foreign Relations found 52 percent support for higher defence spending even at the cost of cuts elsewhere, against 31 percent opposed, with 17 percent undecided.""",
"""The next NATO summit will be held in Turkey in 2026.""",
  ], neg=True),

A("b5-36", "Primicias (translated)", "2025-11-17T04:15:00Z",
  "Ecuadorians reject foreign military bases in referendum, official count shows",
  "Ecuador: referendum and gang violence", [
"""QUITO - Ecuadorians rejected a proposal to allow foreign military bases on their territory in Sunday's referendum, with 60.6 percent voting "no" with 92 percent of ballots counted, the National Electoral Council (CNE) said.""",
"""Of 13.9 million registered voters, turnout was 81 percent. The "no" vote won in 21 of the country's 24 provinces, including Guayas, the coastal province that has borne the brunt of gang violence, where 57 percent opposed the measure.""",
"""Voters also rejected, by 53.5 percent to 46.5 percent, a proposal to cut public funding for political parties, and a plan to convene a constituent assembly to rewrite the 2008 constitution.""",
"""President Daniel Noboa, who was re-elected in April with 55.6 percent of the vote, had argued that foreign bases would help fight drug trafficking. The 1998 constitution had allowed a US base in Manta, which closed in 2009.""",
"""Ecuador recorded 4,619 violent deaths in the first half of the year, a 47 percent rise, according to the interior ministry, and the homicide rate reached 50 per 100,000 people in Guayaquil. At least 31 inmates were killed in a riot at a prison in Machala last week, the prison service SNAI said.""",
""""People are afraid, but they are also proud," said Veronica Aguirre, a 39-year-old teacher in Cuenca. "We voted for our sovereignty.\"""",
"""Analysts said the result was a blow to Noboa, whose approval rating had fallen to 42 percent amid power cuts of up to 14 hours a day last year. The CNE will proclaim final results within 10 days.""",
  ], neg=True),

A("b5-37", "Libya Observer (regional)", "2025-04-20T19:00:00Z",
  "61 migrants missing after boat capsizes off Zuwara; oil output hits 12-year high",
  "Libya: migration and oil", [
"""TRIPOLI - At least 61 migrants are missing and presumed dead after their inflatable boat capsized off the western town of Zuwara on Saturday, the International Organization for Migration said, with 25 survivors rescued by fishermen.""",
"""The survivors, most of them from Sudan, Eritrea and Bangladesh, said the boat had left with 86 people on board and took on water after 3 hours. The IOM said 2,452 people died or went missing in the central Mediterranean last year, and that 21,700 migrants were intercepted and returned to Libya in 2024.""",
"""In Tripoli, the Government of National Unity said eight civilians were killed and 41 injured during clashes between rival armed groups in the Abu Salim district last week. Schools in 6 neighbourhoods remain closed.""",
"""Libya's National Oil Corporation said crude output reached 1.4 million barrels per day in March, the highest in 12 years, and that it aimed to reach 2 million bpd by 2030. The NOC signed 5 exploration agreements worth $1.1 billion with foreign companies, the first such licensing round since 2007.""",
""""Oil is flowing, but the money doesn't reach Zuwara," said Mabrouk al-Fitouri, 47, a fisherman who helped pull survivors from the water.""",
"""The UN Support Mission in Libya (UNSMIL) said that 2.8 million voters had registered for municipal elections in 58 municipalities, and that its envoy would present a roadmap to the Security Council in 10 days. Libya has had rival administrations in the east and west since 2014; a national election planned for December 2021 never took place.""",
  ], neg=True),

A("b5-38", "Philippine Daily Inquirer (regional)", "2025-08-12T09:40:00Z",
  "China coast guard water-cannons Philippine fisheries vessel near Scarborough Shoal",
  "South China Sea: Philippines-China", [
"""MANILA - A Chinese coast guard ship fired its water cannon at a Philippine fisheries vessel near Scarborough Shoal on Monday, injuring 3 crew members and damaging the vessel's antennas, the Bureau of Fisheries and Aquatic Resources (BFAR) said.""",
"""The BFAR vessel, BRP Datu Gumbay Piang, was one of 4 ships escorting 35 Filipino fishing boats about 12 nautical miles from the shoal, which China seized in 2012. A second Chinese vessel, with hull number 3104, performed "dangerous blocking manoeuvres" within 50 metres, the agency said.""",
"""China's coast guard said in a statement that it had taken "necessary control measures" to expel the Philippine ships from waters it claims and that Manila bore "full responsibility". Beijing claims about 90 percent of the South China Sea, a claim an international tribunal rejected in 2016.""",
"""The Philippine Coast Guard counted 28 Chinese coast guard and militia ships around the shoal over the weekend, up from 11 a week earlier. A PLA Navy destroyer was also sighted 20 nautical miles away.""",
""""Our fishermen lose 70 percent of their catch when they are chased away," said Leonardo Cuaresma, head of a fishers' group in Masinloc, Zambales. Each trip costs about 30,000 pesos in fuel.""",
"""The incident came a day after two Chinese ships collided while chasing a Philippine vessel. The United States, which has a 1951 mutual defence treaty with Manila, said it stood with its ally. The Philippines has filed more than 200 diplomatic protests against China since 2022.""",
  ], neg=True),

A("b5-39", "Press Information Bureau, India (press release)", "2025-06-14T11:00:00Z",
  "Passing Out Parade at Indian Military Academy, Dehradun: 451 Gentlemen Cadets commissioned",
  "India: military academy graduation", [
"""DEHRADUN - The Passing Out Parade of the 156th Regular Course and the 139th Technical Graduate Course was held at the Indian Military Academy, Dehradun, today. A total of 451 Gentlemen Cadets passed out, along with 32 Gentlemen Cadets from 14 friendly foreign countries.""",
"""The parade was reviewed by the Chief of the Army Staff, who congratulated the young officers and their parents. The Sword of Honour was awarded to Academy Cadet Adjutant Arjun Mehta, and the Gold Medal for standing first in the order of merit went to Battalion Under Officer Kavya Rawat.""",
"""The President's Silver Medal and the Bronze Medal were presented to two other cadets, and the Chief of Army Staff's Banner was awarded to Imphal Company for being adjudged the best of the academy's 16 companies.""",
"""Established on October 1, 1932, with 40 cadets, the academy has since produced more than 66,000 graduates, including over 2,900 from friendly foreign nations, a statement said. This year's course included cadets from Bhutan, Sri Lanka, Maldives, Nepal and Vietnam, among others.""",
"""The 18-month training programme covers 1,250 hours of instruction. A flypast by 3 Cheetah helicopters and a parachute display marked the end of the parade, which was attended by nearly 4,000 guests.""",
"""The newly commissioned officers will join 68 regiments and corps of the Army. In a message, the Defence Minister said the nation had "full faith" in the young officers. The Academy also inaugurated a 250-seat auditorium and a library of 40,000 volumes.""",
  ], neg=True),

A("b5-40", "Focus Taiwan (regional)", "2025-04-02T13:10:00Z",
  "China holds second day of 'Strait Thunder' drills; 76 aircraft, 21 warships detected",
  "Taiwan Strait: PLA exercises", [
"""TAIPEI - Taiwan's Ministry of National Defense (MND) said it had detected 76 Chinese military aircraft, 21 navy ships and 10 other government vessels around Taiwan in the 24 hours to 6 a.m. on Wednesday, as China staged a second day of large-scale exercises it called "Strait Thunder-2025A".""",
"""Of the aircraft, 45 crossed the median line of the Taiwan Strait or entered the island's air defence identification zone in the north, centre, southwest and east, the ministry said. The PLA's Eastern Theater Command said its forces had practised "precision strikes" on simulated ports and energy facilities, and published a video showing the Shandong aircraft carrier group 220 nautical miles from Taiwan.""",
"""China's Taiwan Affairs Office called President Lai Ching-te a "parasite" and said the drills were "a stern warning". In Taipei, the presidential office said the government had convened 3 security meetings since Tuesday.""",
"""The exercises were the fifth large-scale drills around Taiwan since 2022. The MND said it had dispatched combat air patrol aircraft, navy vessels and land-based missile systems to monitor the activity, and that Taiwan's 2026 defence budget of NT$949.5 billion, 3.32 percent of GDP, would include NT$15 billion for drones.""",
""""Each drill is a little closer, a little longer," said Chen Yi-ting, a researcher at a Taipei defence think tank. She noted that the coast guard fleet alone had grown 20 percent in 5 years.""",
"""Taiwan's stock index closed down 1.6 percent. A poll by the Taiwanese Public Opinion Foundation found 61.9 percent of respondents did not believe China would invade within the next 12 months.""",
  ], neg=True),
]
