from lib import A, C
GS = "General Staff of Ukraine's Armed Forces"
ARTS = [
A("b3-01", "Ukrinform", "2025-06-02T08:15:00Z",
  "Russian losses in past day reach 1,130 personnel, General Staff says",
"""KYIV — Russia has lost 1,130 personnel killed and wounded over the past day, the General Staff of Ukraine's Armed Forces said on Monday morning, bringing total Russian losses since the full-scale invasion began on February 24, 2022 to approximately 995,470 troops.

According to the update, Ukrainian defenders also destroyed 7 tanks, 18 armoured combat vehicles, 41 artillery systems and 112 operational-tactical drones in the same period. The heaviest fighting was reported in the Pokrovsk direction, where 54 combat engagements took place.

The General Staff said the enemy had tried 22 times to advance near the villages of Malynivka and Zvirove. In the Kursk region of Russia, the Defence Forces repelled 9 assaults over the past day.

Separately, the Air Force said Russia launched 472 drones and 7 missiles overnight, of which 385 were shot down or jammed. Regional authorities in Kharkiv reported four civilians injured, including a 12-year-old girl.

The figures cannot be independently verified. Western estimates of Russian casualties are generally lower; a senior NATO official this week put the figure at "about 900,000" killed and wounded.

Ukraine does not regularly publish its own losses. In February, President Volodymyr Zelensky said 46,000 Ukrainian soldiers had been killed and 380,000 wounded, a figure analysts regard as a significant undercount.""",
[C("1,130 personnel", "RUS", "casualties", 1130, "exact", "increment", None, GS, "UKR"),
 C("approximately 995,470 troops", "RUS", "casualties", 995470, "approx", "total", None, GS, "UKR"),
 C("about 900,000", "RUS", "casualties", 900000, "approx", "total", None, "a senior NATO official", "NATO"),
 C("46,000 Ukrainian soldiers", "UKR", "killed", 46000, "exact", "recalled", None, "President Volodymyr Zelensky", "UKR",
   note="earlier figure the article recalls ('In February')"),
 C("380,000 wounded", "UKR", "wounded", 380000, "exact", "recalled", None, "President Volodymyr Zelensky", "UKR"),
]),

A("b3-02", "Yonhap", "2025-02-14T03:40:00Z",
  "N. Korea sends additional troops to Russia, spy agency says",
"""SEOUL, Feb. 14 (Yonhap) -- North Korea has sent about 3,000 additional troops to Russia since January, South Korea's spy agency said Friday, bringing the total number of North Korean soldiers dispatched to fight in Russia's war against Ukraine to around 14,000.

The National Intelligence Service (NIS) told lawmakers in a closed-door briefing that North Korean casualties had reached some 4,000, including about 600 killed, according to Rep. Lee Seong-kweun, who attended the session.

The agency said the initial contingent of 11,000 troops, sent in October and November last year, had been deployed mainly to Russia's western Kursk region. The newly arrived soldiers are believed to include a large number of special forces personnel and are currently undergoing training near the front.

The NIS also said the North may be preparing to send additional units, as well as more self-propelled howitzers and multiple rocket launchers. It estimated that Pyongyang had shipped more than 200 long-range artillery pieces and an unspecified number of Hwasong-11 series ballistic missiles to Russia so far.

Two North Korean soldiers captured by Ukrainian forces in January are being held in Kyiv, the agency said, adding that Seoul would accept them if they wished to defect.

North Korea has not officially confirmed the deployment. The Kremlin has said military cooperation with Pyongyang is in line with international law and the 2024 mutual defence treaty.""",
[C("about 3,000 additional troops", "PRK", "deployed", 3000, "approx", "increment", "Russia", "National Intelligence Service", "KOR"),
 C("around 14,000", "PRK", "deployed", 14000, "approx", "total", "Russia", "National Intelligence Service", "KOR"),
 C("some 4,000", "PRK", "casualties", 4000, "approx", "total", "Russia", "National Intelligence Service", "KOR"),
 C("about 600 killed", "PRK", "killed", 600, "approx", "total", "Russia", "National Intelligence Service", "KOR"),
 C("11,000 troops", "PRK", "deployed", 11000, "exact", "recalled", "Kursk", "National Intelligence Service", "KOR"),
 C("Two North Korean soldiers", "PRK", "captured", 2, "exact", "total", "Kyiv", "National Intelligence Service", "KOR"),
]),

A("b3-03", "The Times of Israel", "2025-03-20T17:05:00Z",
  "Two soldiers killed in southern Gaza, raising army's toll to 850",
"""Two Israeli soldiers were killed and a third was seriously wounded on Thursday when an explosive device detonated near their armoured vehicle in Rafah, the Israel Defense Forces said.

The deaths bring to 850 the number of soldiers killed since the October 7, 2023 Hamas attack, including 412 in the ground offensive in Gaza, according to army figures. Military data also shows that 5,620 soldiers have been wounded in the ground operations.

The IDF said troops from the 36th Division had killed "dozens of terrorists" in the area over the past week and located two tunnel shafts. It estimates that some 20,000 Hamas and Islamic Jihad operatives have been killed since the start of the war, a figure that cannot be independently verified.

The Hamas-run health ministry in Gaza says more than 49,500 Palestinians have been killed in the war, without distinguishing between civilians and combatants. It said 91 bodies had arrived at hospitals in the past 24 hours.

Meanwhile, 59 hostages remain in Gaza, of whom at least 35 are believed to be dead. The Hostages and Missing Families Forum held a rally in Tel Aviv that organisers said was attended by 100,000 people.""",
[C("Two Israeli soldiers", "ISR", "killed", 2, "exact", "total", "Rafah", "Israel Defense Forces", "ISR",
   note="event toll without an increment cue word: kind total (decision)"),
 C("a third", "ISR", "wounded", 1, "exact", "total", "Rafah", "Israel Defense Forces", "ISR", opt=[1, 1],
   note="'a third [soldier]' = 1 wounded; optional because the number is only implied"),
 C("850 the number of soldiers", "ISR", "killed", 850, "exact", "total", None, "army figures", "ISR"),
 C("412 in the ground offensive", "ISR", "killed", 412, "exact", "total", "Gaza", "army figures", "ISR"),
 C("5,620 soldiers", "ISR", "wounded", 5620, "exact", "total", "Gaza", "military data", "ISR"),
 C("dozens of terrorists", "hamas", "killed", None, "approx", "increment", "Rafah", "IDF", "ISR", opt=[24, 99]),
 C("some 20,000 Hamas and Islamic Jihad operatives", "hamas", "killed", 20000, "approx", "total", "Gaza", "IDF", "ISR",
   note="combined count of two groups: force is the first-named group (decision)"),
]),

A("b3-04", "L'Orient Today", "2024-12-05T11:30:00Z",
  "Lebanese army to deploy 10,000 troops south as ceasefire holds",
"""BEIRUT — The Lebanese army will deploy 10,000 soldiers to the south of the country under the terms of the ceasefire between Israel and Hezbollah, caretaker Prime Minister Najib Mikati said on Thursday, up from around 4,500 troops currently stationed south of the Litani River.

The deployment is expected to take place over 60 days as Israeli forces withdraw. Mikati said the cabinet had approved the recruitment of 1,500 new soldiers to help fill the ranks, and appealed for international funding of about $1 billion to equip them.

Israel's military says it killed more than 3,000 Hezbollah fighters during the fighting that escalated in September, while Hezbollah has not published a full toll. Lebanon's health ministry says 4,047 people were killed and 16,638 wounded since October 2023, without giving a breakdown.

The UN peacekeeping force, UNIFIL, which has around 10,000 peacekeepers from 50 countries, said it would support the army's deployment. Five peacekeepers were injured in recent months by fire from both sides, UNIFIL said.

The Israeli army said on Wednesday that 56 soldiers and 45 civilians in Israel had been killed by Hezbollah fire since the fighting began. Some 60,000 residents of northern Israel remain displaced, according to the government.""",
[C("10,000 soldiers", "LBN", "deployed", 10000, "exact", "planned", "south Lebanon", "Najib Mikati", "LBN"),
 C("around 4,500 troops", "LBN", "deployed", 4500, "approx", "total", "south of the Litani River", "Najib Mikati", "LBN",
   note="'up from' but the figure is the current strength: kind total (decision)"),
 C("1,500 new soldiers", "LBN", "deployed", 1500, "exact", "planned", "Lebanon", "Najib Mikati", "LBN", opt=[1500, 1500],
   note="recruitment figure: optional (decision)"),
 C("more than 3,000 Hezbollah fighters", "hezbollah", "killed", 3000, "at_least", "total", "Lebanon", "Israel's military", "ISR"),
 C("around 10,000 peacekeepers", "UN", "deployed", 10000, "approx", "total", "Lebanon", None, None),
 C("Five peacekeepers", "UN", "wounded", 5, "exact", "total", "Lebanon", "UNIFIL", "UN"),
 C("56 soldiers", "ISR", "killed", 56, "exact", "total", "Israel", "The Israeli army", "ISR"),
]),

A("b3-05", "Associated Press", "2025-04-03T21:10:00Z",
  "Second US carrier arrives in Middle East as strikes on Houthis continue",
"""WASHINGTON (AP) — A second U.S. aircraft carrier strike group has arrived in the Middle East, adding roughly 6,000 sailors and Marines to the American force arrayed against Yemen's Houthi rebels, U.S. defense officials said Thursday.

The USS Carl Vinson joins the USS Harry S. Truman in the region, where the U.S. military now has about 40,000 troops, up from some 34,000 at the start of the year, according to Pentagon spokesman Sean Parnell.

Since the campaign began on March 15, U.S. forces have struck more than 200 targets in Houthi-controlled areas, officials said. The Houthi-run health ministry said 61 people had been killed in the strikes, including women and children.

Houthi military spokesman Yahya Saree said the group had fired ballistic missiles and drones at the Truman for the 12th time. The Houthis have claimed they can mobilise up to 200,000 fighters, though Western analysts consider that figure inflated; a 2024 UN panel of experts estimated the group's strength at between 100,000 and 120,000.

The rebels have attacked more than 100 merchant ships since November 2023, sinking two and seizing one, the Galaxy Leader, whose 25 crew members were held for over a year before being released in January. Shipping through the Suez Canal remains about half its 2023 level.""",
[C("roughly 6,000 sailors and Marines", "USA", "deployed", 6000, "approx", "increment", "Middle East", "U.S. defense officials", "USA",
   note="sailors and Marines count as armed personnel (decision)"),
 C("about 40,000 troops", "USA", "deployed", 40000, "approx", "total", "Middle East", "Pentagon spokesman Sean Parnell", "USA"),
 C("some 34,000", "USA", "deployed", 34000, "approx", "recalled", "Middle East", "Pentagon spokesman Sean Parnell", "USA"),
 C("up to 200,000 fighters", "houthis", "deployed", 200000, "at_most", "total", "Yemen", "The Houthis", "houthis"),
 C("between 100,000 and 120,000", "houthis", "deployed", 100000, "range", "recalled", "Yemen", "a 2024 UN panel of experts", "UN", high=120000,
   note="estimate dated to an earlier year: recalled"),
]),

A("b3-06", "Sudan Tribune", "2025-05-11T14:00:00Z",
  "Army says it repelled RSF assault on El Fasher, killing hundreds",
"""EL FASHER — The Sudanese Armed Forces (SAF) said on Sunday it had repelled a major assault by the Rapid Support Forces (RSF) on El Fasher, the capital of North Darfur, killing more than 300 of the paramilitary fighters and capturing 27 others.

In a statement, the army's 6th Infantry Division said its forces and allied joint forces of the armed movements destroyed 40 combat vehicles. It acknowledged "a number of martyrs" among its ranks without giving a figure.

The RSF, in a statement on Telegram, denied the army's account and said it had killed 150 soldiers and captured dozens of others, including a brigadier.

The Emergency Lawyers group said at least 47 civilians were killed in shelling of the Abu Shouk displacement camp over the weekend. The International Organization for Migration said some 40,000 people fled the area in the past week.

Sudan's war, which began in April 2023, has displaced more than 12 million people and killed tens of thousands, according to UN agencies. Famine has been confirmed in at least five areas, including Zamzam camp, which once sheltered 500,000 people.

El Fasher is the last major city in Darfur not controlled by the RSF, which has besieged it since May 2024.""",
[C("more than 300 of the paramilitary fighters", "rsf", "killed", 300, "at_least", "total", "El Fasher", "Sudanese Armed Forces", "SDN"),
 C("27 others", "rsf", "captured", 27, "exact", "total", "El Fasher", "Sudanese Armed Forces", "SDN"),
 C("150 soldiers", "SDN", "killed", 150, "exact", "total", "El Fasher", "The RSF", "rsf"),
 C("dozens of others", "SDN", "captured", None, "approx", "total", "El Fasher", "The RSF", "rsf", opt=[24, 99]),
]),

A("b3-07", "Reuters", "2025-07-08T10:20:00Z",
  "Rwanda had up to 7,000 troops in eastern Congo, UN experts say",
"""GOMA/KINSHASA — Rwanda had between 6,000 and 7,000 troops deployed in eastern Democratic Republic of Congo in the first half of the year, supporting the M23 rebel group as it seized the cities of Goma and Bukavu, a confidential report by UN experts seen by Reuters said.

The Group of Experts said the Rwanda Defence Force exercised "de facto control" over M23 operations, and estimated the rebels' own strength at around 6,500 fighters, up from about 3,000 in late 2023.

Kigali has denied backing the M23, saying its forces take "defensive measures" against the FDLR, a militia founded by Hutus linked to the 1994 genocide.

The report also said Burundi had around 10,000 soldiers in South Kivu fighting alongside Congolese troops and the Wazalendo militias. It estimated Congolese army losses in the fall of Goma at more than 1,200 killed, while at least 2,900 people, many of them civilians, died in the city, according to separate UN figures.

More than 7 million people are displaced in Congo, and aid groups say 80,000 have crossed into Burundi since January. A US-brokered peace agreement between Kinshasa and Kigali was signed in Washington on June 27.""",
[C("between 6,000 and 7,000 troops", "RWA", "deployed", 6000, "range", "total", "eastern Democratic Republic of Congo", "UN experts", "UN", high=7000),
 C("around 6,500 fighters", "m23", "deployed", 6500, "approx", "total", "eastern Democratic Republic of Congo", "The Group of Experts", "UN"),
 C("about 3,000 in late 2023", "m23", "deployed", 3000, "approx", "recalled", "eastern Democratic Republic of Congo", "The Group of Experts", "UN"),
 C("around 10,000 soldiers", "BDI", "deployed", 10000, "approx", "total", "South Kivu", "The report", "UN"),
 C("more than 1,200 killed", "COD", "killed", 1200, "at_least", "total", "Goma", "The report", "UN"),
]),

A("b3-08", "AFP", "2025-06-03T16:45:00Z",
  "Jihadists kill dozens of soldiers in attack on Mali army base",
"""BAMAKO — Jihadists killed more than 30 soldiers in an attack on an army camp in central Mali on Sunday, security and local sources told AFP, in one of the deadliest assaults on the military this year.

The al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) claimed the attack on the camp in Boulkessi, near the border with Burkina Faso, saying its fighters had seized weapons and vehicles.

In a statement read on state television, the army general staff said it had lost 12 soldiers and that "about 40 terrorists were neutralised" during the counter-attack. It did not mention any missing.

"The toll is much heavier. We counted at least 60 bodies of soldiers," a local elected official told AFP on condition of anonymity, adding that dozens of soldiers had been taken prisoner.

Mali's junta, which seized power in 2020, has turned to Russia for security assistance. Some 2,000 to 2,500 Russian paramilitaries from the Wagner group operated in the country before being folded this month into the Africa Corps, which reports directly to Russia's defence ministry.

The UN mission in Mali, MINUSMA, withdrew in 2023 after a decade. More than 380,000 people are internally displaced in the country, and schools in 1,700 villages remain closed.""",
[C("more than 30 soldiers", "MLI", "killed", 30, "at_least", "total", "Boulkessi", "security and local sources", None),
 C("12 soldiers", "MLI", "killed", 12, "exact", "total", "Boulkessi", "the army general staff", "MLI"),
 C("about 40 terrorists", "jnim", "killed", 40, "approx", "total", "Boulkessi", "the army general staff", "MLI"),
 C("at least 60 bodies of soldiers", "MLI", "killed", 60, "at_least", "total", "Boulkessi", "a local elected official", None),
 C("dozens of soldiers", "MLI", "captured", None, "approx", "total", "Boulkessi", "a local elected official", None, opt=[24, 99]),
 C("Some 2,000 to 2,500 Russian paramilitaries", "RUS", "deployed", 2000, "range", "total", "Mali", None, None, high=2500,
   note="Wagner/Africa Corps count as RUS; 'some X to Y' is a range"),
]),

A("b3-09", "Faso Actu Info", "2025-01-22T09:00:00Z",
  "Armed forces neutralize more than 100 terrorists in Boucle du Mouhoun",
"""Ouagadougou, January 21 2025 – The valiant Defence and Security Forces (FDS) have again inflicted heavy lost to the armed terrorist groups in the region of Boucle du Mouhoun, according to a communique of the Army General Staff red on the national television RTB.

During an offensive operation lead between 17 and 20 January in the zone of Solenzo, the units of the Rapid Intervention Brigade (BIR) with the support of the air vector have neutralised more than 100 terrorists, among them several chiefs. Important quantity of armaments, 45 motorbikes and means of communication were recovered.

On the side of friendly forces, the communique deplored 6 soldiers and 3 Volunteers for the Defence of the Homeland (VDP) fallen with arms in hand, and 14 wounded who are taking charge in the hospital.

The Chief of General Staff salute the courage of the men and call the population to continue denounce suspicious movements. It is to recall that since the general mobilisation of 2023, more than 50,000 VDP were recruted to support the army in the fight, the government said last year.

In other hand, the humanitarian situation stays difficult in the region where more than 2 million displaced persons are registered by the CONASUR. A convoy of 120 trucks of food arrived in Djibo last week under escort of the army, and 35 schools have reopened their doors in Dédougou since December.""",
[C("more than 100 terrorists", None, "killed", 100, "at_least", "total", "Solenzo", "Army General Staff", "BFA",
   note="unnamed militants: force null (decision)"),
 C("6 soldiers", "BFA", "killed", 6, "exact", "total", "Solenzo", "Army General Staff", "BFA"),
 C("3 Volunteers for the Defence of the Homeland", "BFA", "killed", 3, "exact", "total", "Solenzo", "Army General Staff", "BFA",
   note="state-backed auxiliaries (VDP) count as the state (decision)"),
 C("14 wounded", "BFA", "wounded", 14, "exact", "total", "Solenzo", "Army General Staff", "BFA"),
 C("more than 50,000 VDP", "BFA", "deployed", 50000, "at_least", "recalled", "Burkina Faso", "the government", "BFA", opt=[50000, 50000],
   note="recruitment figure: optional (decision)"),
]),

A("b3-10", "Ministry of National Defence of Niger", "2025-03-22T19:30:00Z",
  "Communiqué of the Ministry of National Defence on the attack near Banibangou",
"""The Ministry of National Defence of the Republic of Niger informs national and international opinion that on Thursday 20 March 2025, at around 11:00, a unit of the Defence and Security Forces operating under Operation Garkoua was the target of a complex attack by several hundred terrorists of the so-called Islamic State in the Sahel near Banibangou, in the Tillabéri region.

The vigorous reaction of our forces, supported by air assets, made it possible to neutralise 23 assailants and to destroy about fifteen motorcycles. Unfortunately, 10 of our soldiers fell on the field of honour and 7 others were wounded, two of them seriously. Four soldiers are still missing; search operations are under way.

The Ministry of National Defence extends its condolences to the families of the fallen and wishes a swift recovery to the wounded.

The Ministry also condemns in the strongest terms the cowardly attack on the mosque of Fambita on 21 March, in which 44 civilian worshippers lost their lives and 13 were injured. Three days of national mourning have been declared from Sunday.

The Ministry reaffirms that the reinforcement of the Defence and Security Forces continues, with 2,000 new recruits due to join the units in Tillabéri at the end of their training, in addition to the 5,000 soldiers already committed to Operation Garkoua.

Niamey, 22 March 2025
The Minister of National Defence""",
[C("several hundred terrorists", "isis", "deployed", None, "approx", "total", "Banibangou", "Ministry of National Defence of the Republic of Niger", "NER", opt=[200, 999],
   note="all Islamic State branches are isis (decision)"),
 C("23 assailants", "isis", "killed", 23, "exact", "total", "Banibangou", "Ministry of National Defence of the Republic of Niger", "NER"),
 C("10 of our soldiers", "NER", "killed", 10, "exact", "total", "Banibangou", "Ministry of National Defence of the Republic of Niger", "NER"),
 C("7 others were wounded", "NER", "wounded", 7, "exact", "total", "Banibangou", "Ministry of National Defence of the Republic of Niger", "NER"),
 C("two of them seriously", "NER", "wounded", 2, "exact", "total", "Banibangou", "Ministry of National Defence of the Republic of Niger", "NER", opt=[2, 2],
   note="sub-count of an already counted group: optional (decision)"),
 C("2,000 new recruits", "NER", "deployed", 2000, "exact", "planned", "Tillabéri", "Ministry of National Defence of the Republic of Niger", "NER",
   note="recruits with a stated deployment: planned"),
 C("5,000 soldiers", "NER", "deployed", 5000, "exact", "total", "Tillabéri", "Ministry of National Defence of the Republic of Niger", "NER"),
]),
]
