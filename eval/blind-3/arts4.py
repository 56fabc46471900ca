from lib import A, C
SOHR = "Syrian Observatory for Human Rights"
GS = "Ukraine's General Staff"
ARTS = [
A("b3-31", "Al Jazeera", "2025-08-14T13:00:00Z",
  "Aid trickles into Gaza as hunger deaths rise",
"""Only 86 aid trucks entered the Gaza Strip on Wednesday, according to the UN, far below the 500 to 600 a day that humanitarian agencies say are needed to feed a population of about 2.1 million people.

The Government Media Office in Gaza said at least 235 people, including 106 children, have died of malnutrition and starvation since October 2023, eight of them in the past 24 hours. The World Food Programme said it had brought in about 2,300 tonnes of flour over the past week, but that most trucks were unloaded by crowds before reaching warehouses.

Jordan, the United Arab Emirates and four European countries carried out 14 airdrops on Wednesday, dropping 126 pallets of food over northern and central Gaza. Aid officials say airdrops deliver a fraction of what a single convoy of 20 trucks can carry.

At least 21 Palestinians were killed near a food distribution site in Khan Younis, medics at Nasser Hospital said. Gaza's health ministry says 61,700 people have been killed in the war, among them more than 18,000 children.

The Committee to Protect Journalists says 192 journalists and media workers have been killed since the war began, the deadliest period for the press it has recorded. Only 18 of Gaza's 36 hospitals are partially functioning, the World Health Organization said, and fuel stocks will last about three days.""",
[]),

A("b3-32", "Handelsblatt Today", "2025-03-05T09:00:00Z",
  "Rheinmetall expects sales to jump up to 30% as Europe rearms",
"""DÜSSELDORF — Rheinmetall expects sales to grow by 25% to 30% this year after record orders from European governments, the German arms maker said on Thursday, as the continent races to rebuild its defences.

The company reported 2024 revenue of €9.75 billion and an order backlog of €55 billion. It employs about 31,000 people worldwide and plans to hire another 5,000 in 2025, chief executive Armin Papperger told analysts. Shares rose 6% in Frankfurt.

Rheinmetall said its new ammunition plant at Unterlüß in Lower Saxony will produce up to 350,000 artillery shells a year from 2026, taking group capacity to about 1.1 million rounds. It is also building factories in Lithuania, Romania and Ukraine.

The European Commission has proposed a "ReArm Europe" plan that could mobilise up to €800 billion, including €150 billion in loans for joint procurement. Poland plans to spend 4.7% of its GDP on defence this year, the highest ratio in NATO.

Papperger said the company was in talks to take over a Volkswagen plant in Osnabrück, which employs 2,300 workers, and could convert it to produce military vehicles. He also expects orders for up to 3,000 Boxer and Lynx armoured vehicles from Germany and Italy over the next decade.""",
[]),

A("b3-33", "Syrian Observatory for Human Rights", "2025-03-09T19:00:00Z",
  "Death toll from coastal violence rises to 1,383",
"""SOHR has documented the deaths of 1,383 people since the outbreak of violence in the Syrian coastal region on March 6, including 973 civilians who were killed in field executions and massacres in Latakia, Tartus and the countryside of Hama.

The toll also includes 231 members of the Ministry of Defence and General Security forces, and 179 gunmen loyal to the former regime, SOHR sources reported.

Over the past 24 hours alone, SOHR documented 46 civilian deaths and the killing of 12 members of the security forces in ambushes near Jableh. Meanwhile, government reinforcements of more than 4,000 fighters from former opposition factions arrived in the coastal region on Saturday, according to SOHR activists.

The civilian victims included 39 children and 48 women. SOHR activists also reported that more than 10,000 people fled to the Russian airbase of Hmeimim and to Lebanon's Akkar governorate.

SOHR calls on the UN Security Council to intervene and to hold accountable those responsible for the massacres, and renews its call for an independent investigation into all violations committed since December 8, 2024.""",
[C("231 members of the Ministry of Defence and General Security forces", "SYR", "killed", 231, "exact", "total", "Syrian coastal region", SOHR, None),
 C("179 gunmen loyal to the former regime", None, "killed", 179, "exact", "total", "Syrian coastal region", SOHR, None,
   note="armed group with no id: force null (decision)"),
 C("12 members of the security forces", "SYR", "killed", 12, "exact", "increment", "Jableh", SOHR, None),
 C("more than 4,000 fighters", "SYR", "deployed", 4000, "at_least", "increment", "Syrian coastal region", "SOHR activists", None,
   note="reinforcements: increment"),
]),

A("b3-34", "France 24", "2025-12-31T15:00:00Z",
  "France mobilises 90,000 police and gendarmes for New Year's Eve",
"""PARIS — France will deploy 90,000 police officers and gendarmes across the country on New Year's Eve, including 6,000 in Paris alone, Interior Minister Laurent Nuñez said on Tuesday, citing a "very high" terrorist threat.

About 1 million people are expected on the Champs-Élysées for the fireworks and light show, which will begin at 11:45pm. The Paris police prefecture said 1,500 firefighters and 4,200 private security agents would also be on duty, and that drones would be banned over the city centre.

Last year, police arrested 420 people nationwide on the night and 984 vehicles were set alight, according to the interior ministry. The minister said officers had been instructed to crack down on the use of fireworks mortars, 3 tonnes of which were seized in December.

Public transport in the Paris region will run all night free of charge, with 33 metro lines and RER branches operating. The city expects hotel occupancy of 92%.

Nuñez said the security plan had been drawn up after 11 foiled attacks in 2025, and that 400 surveillance cameras would be added around the main sites.""",
[]),

A("b3-35", "Balkan Insight", "2025-09-29T06:00:00Z",
  "Moldova's pro-EU party keeps majority in tense election",
"""CHISINAU — Moldova's ruling pro-European Party of Action and Solidarity (PAS) won 50.2% of the vote in Sunday's parliamentary election, giving it 55 of the 101 seats, according to preliminary results from the Central Electoral Commission with 99.5% of protocols counted.

The pro-Russian Patriotic Electoral Bloc came second with 24.2%, or 26 seats. Turnout was 52.1%, with about 1.6 million people voting, including a record 280,000 in the diaspora, who cast ballots at 301 polling stations abroad.

Authorities said they had uncovered a large vote-buying network financed from Russia. Police detained 74 people in raids last week and seized 1.2 million euros in cash. About 3,000 police officers were deployed to guard polling stations on election day.

The OSCE observation mission, with about 1,500 observers, said the vote was competitive but marred by foreign interference and cyberattacks on the electoral commission's website, which suffered 52 attacks on election day.

President Maia Sandu, who won re-election in 2024 with 55.3%, called the result "a choice of peace". The country of 2.4 million people hopes to complete EU accession talks by 2028.""",
[]),

A("b3-36", "Ukrinform", "2025-06-28T10:00:00Z",
  "More than 1,000 lieutenants graduate from National Army Academy in Lviv",
"""LVIV — A total of 1,046 officer cadets graduated from the Hetman Petro Sahaidachnyi National Army Academy in Lviv on Saturday and received the rank of lieutenant, the Ministry of Defence said.

Of the graduates, 89 received diplomas with honours, and 35 cadets who had served at the front before enrolling were awarded the medal "For Military Service to Ukraine" by Defence Minister Rustem Umerov. The academy, founded in 1899 in its earliest form, trains officers in 23 specialities.

The ceremony took place a day after the British government said that more than 56,000 Ukrainian recruits had been trained in the United Kingdom under Operation Interflex since 2022, with 13 partner countries contributing instructors.

Umerov said the ministry intended to raise the number of cadet places by 20% next year and would open two new training centres for drone operators. A new contract for soldiers aged 18 to 24, offering 1 million hryvnias in payments, has attracted about 2,400 applications so far, according to the ministry.

The academy's commandant said 72 of its graduates had been killed in action since 2022 and honoured them with a minute of silence. Relatives of fallen alumni were presented with 150 commemorative badges.""",
[C("more than 56,000 Ukrainian recruits", "UKR", "deployed", 56000, "at_least", "total", "United Kingdom", "the British government", "GBR", opt=[56000, 56000],
   note="cumulative count of people trained: optional (decision)"),
 C("72 of its graduates", "UKR", "killed", 72, "exact", "total", None, "The academy's commandant", "UKR",
   note="soldiers killed in action: a claim even in a graduation story"),
]),

A("b3-37", "The New Humanitarian", "2025-02-20T12:00:00Z",
  "Sudan aid appeal hits record $4.2 billion as famine spreads",
"""NAIROBI — The United Nations and its partners on Thursday launched a record $4.2 billion appeal to help nearly 21 million people in Sudan this year, saying the country's war had created the world's largest humanitarian crisis.

Some 30.4 million people, more than half the population, need assistance, and famine conditions have been confirmed in at least five areas, including the Zamzam camp for displaced people in North Darfur, the UN said. A further 17 areas are at risk.

The World Food Programme said it had delivered 48,000 tonnes of food in January, reaching 3.2 million people, and that 500 trucks had crossed through the Adre border crossing from Chad since it was reopened in August.

A cholera outbreak has infected more than 48,000 people and killed over 1,100 since last July, according to the World Health Organization. Only 25% of health facilities in conflict areas are functional.

Sudan has also become the world's largest displacement crisis, with 12 million people forced from their homes, including 3.5 million who have fled to neighbouring countries such as Chad, Egypt and South Sudan. UNICEF said 16 million children need help and 770,000 are at risk of severe acute malnutrition.""",
[]),

A("b3-38", "Myanmar Now", "2025-01-04T08:00:00Z",
  "Junta frees 5,864 prisoners in Independence Day amnesty",
"""Myanmar's military regime said it would release 5,864 prisoners, including 180 foreigners, in an amnesty marking the country's 77th Independence Day on January 4, according to a statement from the State Administration Council.

The foreigners, most of them Thai and Chinese nationals jailed for immigration offences, will be deported. About 600 of those freed are women, the statement said. It was not clear how many political prisoners were among them.

The Assistance Association for Political Prisoners (AAPP) says more than 21,000 people are still detained for opposing the 2021 coup, including former state counsellor Aung San Suu Kyi, 79, who is serving a 27-year sentence.

The rights group says at least 6,200 people have been killed by the regime since the coup. In Yangon, relatives waited for hours outside Insein prison, where about 300 inmates were released by late afternoon.

The junta has promised elections later this year, although armed resistance groups and the opposition National Unity Government say they will boycott them. The UN says more than 3.5 million people have been displaced nationwide and 19.9 million need humanitarian assistance.""",
[]),

A("b3-39", "Lloyd's List", "2025-07-15T09:00:00Z",
  "Red Sea transits stay low after Houthis sink two bulk carriers",
"""LONDON — Container ship transits through the Bab el-Mandeb Strait remain more than 60% below 2023 levels after Yemen's Houthis sank two bulk carriers in the Red Sea this month, according to data from maritime analysts.

The Liberian-flagged Eternity C went down after a multi-day assault by drones and small boats. Of its 25 crew, 10 were rescued, at least four died and the remainder are believed to have been taken by the Houthis, the EU naval mission Aspides said. The 22 crew of the Magic Seas were all rescued by a passing vessel.

War-risk insurance premiums for Red Sea voyages have risen to about 1% of a ship's value, up from 0.7% in June, brokers said, adding roughly $1 million to the cost of a single transit for a large vessel.

Aspides has escorted more than 600 ships since its launch in February 2024 with four to six frigates at sea. Suez Canal revenues fell to $4 billion last year from $10.2 billion in 2023, Egypt said.

The International Maritime Organization counted 134 attacks on merchant vessels in the area since November 2023. Seafarers' unions called on governments to let crews refuse to sail through the strait without losing pay.""",
[]),

A("b3-40", "The Guardian", "2025-09-12T12:00:00Z",
  "Russia-Ukraine war live: Poland to deploy 40,000 troops on eastern border during Zapad drills",
"""12.40 BST
Poland will deploy about 40,000 soldiers to its eastern border during the joint Russian-Belarusian Zapad-2025 military exercises, deputy defence minister Cezary Tomczyk said, after Russian drones violated Polish airspace on Wednesday. Polish officials said 19 drones entered the country's airspace and at least four were shot down.

12.15 BST
Belarus's defence ministry said around 7,000 Belarusian troops would take part in the drills on its territory, scaled back from the 13,000 it announced earlier in the year, along with an unspecified number of Russian troops. The exercise begins on Friday and runs until 16 September.

11.50 BST
A Russian glide bomb attack on Kharkiv has killed three civilians and wounded 17, regional governor Oleh Syniehubov said. A kindergarten and 40 apartment buildings were damaged.

11.20 BST
President Volodymyr Zelensky said Russia had concentrated about 100,000 troops in the Pokrovsk direction, and that Ukrainian forces were holding the line. "They are losing hundreds every day," he said in his nightly address.

11.00 BST
Ukraine's General Staff says Russia has lost 940 troops in the past 24 hours, along with 3 tanks and 52 artillery systems. It put Russian casualties since February 2022 at 1,088,700.

10.30 BST
The European Commission has proposed a 19th package of sanctions, targeting 118 vessels of Russia's shadow fleet and banning LNG imports from 2027.""",
[C("about 40,000 soldiers", "POL", "deployed", 40000, "approx", "planned", "eastern border", "Cezary Tomczyk", "POL"),
 C("around 7,000 Belarusian troops", "BLR", "deployed", 7000, "approx", "planned", "Belarus", "Belarus's defence ministry", "BLR"),
 C("the 13,000 it announced", "BLR", "deployed", 13000, "exact", "recalled", "Belarus", "Belarus's defence ministry", "BLR"),
 C("about 100,000 troops", "RUS", "deployed", 100000, "approx", "total", "Pokrovsk", "President Volodymyr Zelensky", "UKR"),
 C("losing hundreds every day", "RUS", "casualties", None, "approx", "increment", "Pokrovsk", "President Volodymyr Zelensky", "UKR", opt=[200, 999]),
 C("940 troops", "RUS", "casualties", 940, "exact", "increment", None, GS, "UKR"),
 C("1,088,700", "RUS", "casualties", 1088700, "exact", "total", None, GS, "UKR"),
]),
]
