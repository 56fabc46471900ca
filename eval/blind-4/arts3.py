from lib import A, C

A("b4-21", "Syrian Monitor for Human Rights", "2025-03-09T19:30:00Z",
"Monitor: 32 fighters killed in 24 hours of SDF-SNA clashes east of Aleppo",
"""The Syrian Monitor for Human Rights has documented the deaths of 32 fighters over the past 24 hours in clashes between the Syrian Democratic Forces (SDF) and Turkish-backed factions of the Syrian National Army (SNA) around the Tishreen Dam, east of Aleppo.
According to the Monitor's sources, 23 of the dead were SNA fighters and 9 belonged to the SDF, bringing the number of SNA fighters killed around the dam since December to 411. Two civilians, a shepherd and his son, were also killed by shelling.
The SDF, in a statement, said its forces had repelled "waves of attacks" and killed "dozens of mercenaries". SDF commander Mazloum Abdi told a news conference in Hasakah that his forces number about 100,000 fighters and are ready to join a future national army "as a bloc".
The Damascus government, led by the former commander of Hayat Tahrir al-Sham, has said it wants the SDF integrated within weeks. The US still keeps about 2,000 troops in north-eastern Syria, double the 900 figure the Pentagon acknowledged until last December, and President Trump has said he will cut the presence to fewer than 1,000.
The Monitor also recorded 7 explosions of war remnants in Deir ez-Zor that killed 11 civilians, and said 26,000 people remain displaced from the Tishreen area.""",
[C("32 fighters", None, "killed", 32, k="increment", loc="Tishreen Dam", to="The Syrian Monitor for Human Rights", p=None, opt=(32, 32), note="sum over two forces, no single possessor"),
 C("23 of the dead were SNA fighters", "sna", "killed", 23, k="increment", loc="Tishreen Dam", to="The Syrian Monitor for Human Rights", p=None),
 C("9 belonged to the SDF", "sdf", "killed", 9, k="increment", loc="Tishreen Dam", to="The Syrian Monitor for Human Rights", p=None),
 C("411", "sna", "killed", 411, loc="Tishreen Dam", to="The Syrian Monitor for Human Rights", p=None),
 C('"dozens of mercenaries"', "sna", "killed", None, q="approx", loc="Tishreen Dam", to="The SDF", p="sdf", opt=(20, 99)),
 C("about 100,000 fighters", "sdf", "deployed", 100000, q="approx", to="SDF commander Mazloum Abdi", p="sdf"),
 C("about 2,000 troops", "USA", "deployed", 2000, q="approx", loc="north-eastern Syria"),
 C("the 900 figure", "USA", "deployed", 900, k="recalled", loc="north-eastern Syria", to="the Pentagon", p="USA"),
 C("fewer than 1,000", "USA", "deployed", 1000, q="at_most", k="planned", loc="Syria", to="President Trump", p="USA"),
])

A("b4-22", "Rudaw English", "2025-02-11T10:00:00Z",
"Coalition drawdown: 2,500 US troops in Iraq to fall to 'several hundred' in Erbil",
"""ERBIL -- The United States has about 2,500 troops in Iraq, down from a peak of around 170,000 in 2007, and will reduce them to several hundred based in the Kurdistan Region by September 2026 under an agreement with Baghdad, a senior Iraqi official said.
The Iraqi government has said the coalition's mission in federal Iraq will end this September. U.S. officials say around 1,000 of the troops will move to Erbil air base.
Islamic State remnants in Iraq and Syria number between 1,500 and 3,000 fighters, according to the latest UN monitoring team report, with perhaps 400 to 700 inside Iraq.
The Kurdistan Region's Ministry of Peshmerga said it has unified 11 brigades, about 45,000 Peshmerga, under its command, and plans to add four more brigades this year. Baghdad pays the salaries of 1.2 million public employees in the region, a frequent source of dispute.
Iraq's oil exports reached 3.4 million barrels per day last month. The Popular Mobilisation Forces, whose budget rose to $3.5 billion, claims 238,000 members on its payroll, although critics say thousands of them are "ghost" names.
In Sinjar, 200,000 Yazidis remain displaced, the UN says.""",
[C("about 2,500 troops", "USA", "deployed", 2500, q="approx", loc="Iraq", to="a senior Iraqi official", p="IRQ", note="anonymous source with stated side"),
 C("around 170,000 in 2007", "USA", "deployed", 170000, q="approx", k="recalled", loc="Iraq", to="a senior Iraqi official", p="IRQ"),
 C("several hundred", "USA", "deployed", None, q="approx", k="planned", loc="Kurdistan Region", to="a senior Iraqi official", p="IRQ", opt=(200, 900)),
 C("around 1,000 of the troops", "USA", "deployed", 1000, q="approx", k="planned", loc="Erbil", to="U.S. officials", p="USA"),
 C("between 1,500 and 3,000 fighters", "isis", "deployed", 1500, 3000, q="range", loc="Iraq and Syria", to="the latest UN monitoring team report", p="UN"),
 C("400 to 700", "isis", "deployed", 400, 700, q="range", loc="Iraq", to="the latest UN monitoring team report", p="UN"),
 C("about 45,000 Peshmerga", "peshmerga", "deployed", 45000, q="approx", loc="Kurdistan Region", to="The Kurdistan Region's Ministry of Peshmerga", p="peshmerga"),
 C("238,000 members", "pmf", "deployed", 238000, loc="Iraq", to="The Popular Mobilisation Forces", p="pmf"),
])

A("b4-23", "Anadolu Agency", "2025-01-22T13:40:00Z",
"Russia boosts Africa Corps presence in Libya's south to 1,500: sources",
"""TRIPOLI (AA) - Russia has increased the number of its Africa Corps personnel at Libya's Brak al-Shati airbase to about 1,500, up from roughly 800 in the summer, two Libyan military sources in the east said on Wednesday, speaking to Anadolu on condition of anonymity.
The sources said Russian cargo flights had also delivered 40 armoured vehicles and air-defence equipment over the past month, part of a shift of Russian assets from Syria after the fall of the Assad regime.
Forces loyal to eastern commander Khalifa Haftar, known as the Libyan National Army, number around 25,000, the sources said. A spokesman for the Tripoli-based Government of National Unity said Haftar's figures were "inflated".
Türkiye's Grand National Assembly last month extended the mandate for Turkish troops in Libya by two years, with 355 lawmakers voting in favour. Ankara does not disclose the size of its military training mission in the west of the country.
The United Nations says Libya still hosts about 700,000 migrants, and a ceasefire committee known as 5+5 met in Sirte last week for the 14th time.
Libya's oil output reached 1.4 million barrels per day in December, the National Oil Corporation said.""",
[C("about 1,500", "RUS", "deployed", 1500, q="approx", loc="Brak al-Shati", to="two Libyan military sources in the east", p="lna", note="anonymous sources with stated side (eastern/Haftar forces)"),
 C("roughly 800 in the summer", "RUS", "deployed", 800, q="approx", k="recalled", loc="Brak al-Shati", to="two Libyan military sources in the east", p="lna"),
 C("around 25,000", "lna", "deployed", 25000, q="approx", loc="Libya", to="the sources", p="lna"),
])

A("b4-24", "Addis Standard", "2024-12-04T07:30:00Z",
"Conflicting claims after fighting in Gojjam as Fano and ENDF trade casualty figures",
"""BAHIR DAR -- The Ethiopian National Defense Force (ENDF) and Fano militias have issued sharply conflicting accounts of a week of fighting in the East and West Gojjam zones of Amhara region.
In a statement read on state television, the ENDF said its units had "neutralised" 312 Fano extremists and captured 86 others, while seizing 300 rifles. It did not give its own losses.
A Fano spokesperson, Asres Mare, told Addis Standard by telephone that Fano fighters killed 150 government soldiers and wounded more than 200 in ambushes near Debre Markos, and that the group now has "over 50,000" fighters across the region.
Residents in Debre Markos said at least 18 civilians were killed in a drone strike on a market on Thursday. The Ethiopian Human Rights Commission said it was verifying reports.
In the north, the Tigray People's Liberation Front remains split. Diplomats estimate tens of thousands of Eritrean troops are still present in parts of north-eastern Tigray, which Asmara denies.
The federal government says 4.5 million people in Amhara need food aid. The region has been under a state of emergency since August 2023, and the internet was shut off for 10 months.""",
[C("312 Fano extremists", "fano", "killed", 312, loc="Gojjam", to="the ENDF", p="ETH", note="'neutralised' read as killed"),
 C("captured 86 others", "fano", "captured", 86, loc="Gojjam", to="the ENDF", p="ETH"),
 C("150 government soldiers", "ETH", "killed", 150, loc="Debre Markos", to="Asres Mare", p="fano"),
 C("more than 200", "ETH", "wounded", 200, q="at_least", loc="Debre Markos", to="Asres Mare", p="fano"),
 C('"over 50,000" fighters', "fano", "deployed", 50000, q="at_least", loc="Amhara", to="Asres Mare", p="fano"),
 C("tens of thousands of Eritrean troops", "ERI", "deployed", None, q="approx", loc="Tigray", to="Diplomats", p=None, opt=(20000, 99999)),
])

A("b4-25", "Baltic Times", "2024-11-19T09:00:00Z",
"Lithuania lifts defence spending to 4% as NATO allies debate 3.5% target",
"""VILNIUS -- Lithuania's parliament on Tuesday approved a 2025 defence budget of €2.3 billion, or 4% of GDP, with 104 members of the 141-seat Seimas voting in favour and 7 against.
The money will pay for 44 Leopard 2A8 tanks, eight IRIS-T air-defence systems and the construction of a military town in Rudninkai that is expected to cost €120 million. Defence Minister Laurynas Kasčiūnas said the country would also buy 1.5 million rounds of 155mm ammunition over five years.
NATO allies are discussing raising the alliance's spending guideline to 3.5% of GDP for core defence and 1.5% for related infrastructure, a total of 5%. At the 2024 summit, 23 of NATO's 32 members met the existing 2% target.
Construction of anti-tank obstacles along the 679-kilometre border with Russia and Belarus will begin in spring, officials said, with 3,000 concrete "dragon's teeth" already stockpiled.
A poll for the public broadcaster LRT found 71% of Lithuanians would support introducing universal conscription. The defence ministry said 12,500 citizens had registered for a volunteer civil defence training course this year, and 3,000 spectators attended the Independence Day parade in Vilnius.
The Rheinmetall ammunition plant in Baisogala, which will employ 150 people, is due to open in 2026.""",
[])

A("b4-26", "Deutsche Welle", "2024-10-02T11:15:00Z",
"Germany's Lithuania brigade to reach 4,800 troops by 2027",
"""Germany's 45th Panzer Brigade in Lithuania will reach its full strength of about 4,800 soldiers by the end of 2027, Defense Minister Boris Pistorius said during a visit to Vilnius on Wednesday. Around 1,800 German troops are already stationed there, he said, up from 150 when an advance team arrived in April.
The brigade is Germany's first permanent deployment abroad since World War II, and will also include some 200 civilian staff.
NATO's eight forward battlegroups on the eastern flank together number roughly 10,000 troops, according to alliance officials. Britain leads the battlegroup in Estonia, where it has about 900 soldiers, and has said it will send another 250 in a rapid reinforcement exercise next spring.
Estonia's foreign intelligence service said in its annual report that Russia plans to double its forces in the Leningrad Military District, which borders the Baltic states and Finland, to around 70,000 troops over the next decade.
Lithuania has allocated €1 billion for barracks and training grounds for the German troops. Rheinmetall employs 300 workers at a nearby plant.""",
[C("about 4,800 soldiers", "DEU", "deployed", 4800, q="approx", k="planned", loc="Lithuania", to="Boris Pistorius", p="DEU"),
 C("Around 1,800 German troops", "DEU", "deployed", 1800, q="approx", loc="Lithuania", to="Boris Pistorius", p="DEU"),
 C("150 when an advance team arrived", "DEU", "deployed", 150, k="recalled", loc="Lithuania", to="Boris Pistorius", p="DEU"),
 C("roughly 10,000 troops", "NATO", "deployed", 10000, q="approx", loc="eastern flank", to="alliance officials", p="NATO"),
 C("about 900 soldiers", "GBR", "deployed", 900, q="approx", loc="Estonia"),
 C("another 250", "GBR", "deployed", 250, k="planned", loc="Estonia", to="Britain", p="GBR"),
 C("around 70,000 troops", "RUS", "deployed", 70000, q="approx", k="planned", loc="Leningrad Military District", to="Estonia's foreign intelligence service", p="EST"),
])

A("b4-27", "Philippine Daily Inquirer", "2024-09-30T04:00:00Z",
"Balikatan 2025 to field 16,000 troops; Japan sends first combat contingent",
"""MANILA -- Some 16,000 Filipino and American troops will take part in next year's Balikatan exercises, the largest in the drills' 40-year history, the Armed Forces of the Philippines (AFP) said on Monday.
AFP spokesperson Col. Francel Padilla said about 9,000 U.S. service members and 6,500 Philippine troops would join the drills in northern Luzon and Palawan, while Australia would contribute 250 personnel. For the first time, Japan will send a 150-strong contingent of ground troops rather than observers, Tokyo's defence ministry confirmed.
This year's edition involved 11,000 participants, Padilla recalled.
The announcement came days after Chinese coast guard ships fired water cannon at a Philippine supply boat near Second Thomas Shoal, where about a dozen Philippine Marines live aboard the grounded BRP Sierra Madre. The Philippine coast guard said it had counted 251 Chinese maritime militia vessels in the Spratlys in September, the highest monthly count on record.
Manila has filed 176 diplomatic protests against Beijing since 2023. The Philippines plans to spend 35 billion pesos on its military modernisation programme next year, including two new corvettes and 12 FA-50 fighter jets.""",
[C("Some 16,000 Filipino and American troops", None, "deployed", 16000, q="approx", k="planned", loc="Philippines", to="the Armed Forces of the Philippines (AFP)", p="PHL", opt=(16000, 16000), note="combined total of two forces: no single possessor"),
 C("about 9,000 U.S. service members", "USA", "deployed", 9000, q="approx", k="planned", loc="northern Luzon and Palawan", to="Col. Francel Padilla", p="PHL"),
 C("6,500 Philippine troops", "PHL", "deployed", 6500, k="planned", loc="northern Luzon and Palawan", to="Col. Francel Padilla", p="PHL", note="'about' is read as scoping only the US figure"),
 C("250 personnel", "AUS", "deployed", 250, k="planned", loc="Philippines", to="Col. Francel Padilla", p="PHL"),
 C("a 150-strong contingent", "JPN", "deployed", 150, k="planned", loc="Philippines", to="Tokyo's defence ministry", p="JPN"),
 C("11,000 participants", None, "deployed", 11000, k="recalled", loc="Philippines", to="Padilla", p="PHL", opt=(11000, 11000), note="combined figure of earlier exercise"),
 C("about a dozen Philippine Marines", "PHL", "deployed", 12, q="approx", loc="Second Thomas Shoal", opt=(10, 14), note="'a dozen' is vague"),
])

A("b4-28", "Stabroek News", "2024-08-21T15:00:00Z",
"Essequibo dispute: ICJ sets hearing dates as oil output climbs",
"""GEORGETOWN -- The International Court of Justice will hold hearings on the merits of the Essequibo border case from 3 to 14 March, the court announced on Wednesday, six years after Guyana filed its application.
Venezuela, which held a referendum last December in which its electoral council said 10.4 million votes were cast and 95% approved creating a new state called "Guayana Esequiba", has said it does not recognise the court's jurisdiction. Independent observers estimated turnout at under 2 million.
The disputed region covers about 160,000 square kilometres, roughly two-thirds of Guyana's territory, and is home to some 125,000 of the country's 800,000 people.
Offshore, ExxonMobil's consortium is pumping about 645,000 barrels of oil per day from the Stabroek block and expects to reach 1.3 million by 2027. The government's Natural Resource Fund now holds $3.1 billion.
President Irfaan Ali said on Tuesday that Guyana had signed 11 agreements with partners since January, including the purchase of four Embraer aircraft and two offshore patrol vessels. Brazil has sent 20 armoured vehicles to its northern state of Roraima, its army said, without giving further details.
In Caracas, 1,400 political prisoners remain in detention, the rights group Foro Penal said.""",
[])

A("b4-29", "Sahara Press Watch", "2024-07-08T12:00:00Z",
"Polisario claims 12 Moroccan soldiers killed at berm; Rabat denies",
"""TINDOUF -- The Polisario Front said on Monday its fighters killed 12 Moroccan soldiers and wounded 20 others in artillery attacks on positions along the sand berm in the Mahbes sector, the latest in a string of claims since the 1991 ceasefire collapsed in 2020.
A Moroccan military source, who asked not to be named, denied any casualties and said the army had destroyed a Polisario vehicle, killing four fighters who were trying to approach the wall. Morocco keeps an estimated 100,000 to 150,000 troops along the 2,700-kilometre berm, according to researchers at the Africa Defence Observatory.
The UN mission, MINURSO, has about 220 military observers in the territory, who are unarmed and monitor the ceasefire lines. Its mandate was renewed in October by 12 votes, with two abstentions.
In the refugee camps near Tindouf in Algeria, the UN refugee agency says 173,600 Sahrawis depend on aid, and food rations were cut by 30% this year because of a $40 million funding shortfall.
Morocco's autonomy plan has been backed by 115 countries, Rabat says. The Polisario marked the 50th anniversary of its founding in May with a parade in which about 2,000 fighters marched.""",
[C("12 Moroccan soldiers", "MAR", "killed", 12, loc="Mahbes", to="The Polisario Front", p="polisario"),
 C("wounded 20 others", "MAR", "wounded", 20, loc="Mahbes", to="The Polisario Front", p="polisario"),
 C("killing four fighters", "polisario", "killed", 4, loc="Mahbes", to="A Moroccan military source", p="MAR"),
 C("an estimated 100,000 to 150,000 troops", "MAR", "deployed", 100000, 150000, q="range", loc="berm", to="the Africa Defence Observatory", p=None),
 C("about 220 military observers", "UN", "deployed", 220, q="approx", loc="Western Sahara", opt=(220, 220), note="unarmed military observers: claim or not unclear"),
 C("about 2,000 fighters marched", "polisario", "deployed", 2000, q="approx", opt=(2000, 2000), note="fighters on parade: present, claim or not unclear"),
])

A("b4-30", "Cameroon Concord", "2024-06-15T08:00:00Z",
"Anglophone regions: schools reopen slowly as humanitarian needs grow",
"""BAMENDA -- More than 2,800 schools remain closed in Cameroon's North-West and South-West regions, eight years after the start of the Anglophone crisis, the education ministry said this week, leaving about 600,000 children without classes.
The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) estimates that 638,000 people are internally displaced in the two regions and 87,000 have fled to Nigeria. At least 6,000 people have been killed since 2017, according to the International Crisis Group, most of them civilians.
The government's reconstruction plan for the regions, launched in 2020 with a budget of 90 billion CFA francs, has rebuilt 212 classrooms and 19 health centres so far, the minister of economy said.
In Buea, 1,400 students graduated from the university on Saturday. The regional governor said 35 people accused of collaborating with separatists had been released from detention after a presidential pardon.
A "ghost town" lockdown called by separatist leaders abroad was observed in 14 of the 20 divisions on Monday. Traders in Bamenda's main market said they had lost about 40% of their income since the lockdowns began.
Presidential elections are scheduled for October 2025, when President Paul Biya, 91, is expected to seek an eighth term. The electoral body has registered 7.8 million voters.""",
[])
