from build import C

ARTICLES = [
dict(source="Vilnius Courier", publishedAt="2025-04-01T09:00:00Z",
title="German brigade in Lithuania formally activated; 4,800 troops by 2027",
text="""VILNIUS - Germany formally activated its 45th Panzer Brigade in Lithuania on Tuesday, the first permanent deployment of a German combat brigade abroad since the Second World War.

The brigade currently has about 500 soldiers in Lithuania and will grow to 4,800 troops and 200 civilian staff by the end of 2027, the Bundeswehr said. Defence Minister Boris Pistorius told a ceremony in Vilnius's Cathedral Square that the brigade was "a promise to our allies that we will defend every centimetre of NATO territory."

Lithuanian President Gitanas Nausėda said his country would spend between 5% and 6% of GDP on defence from 2026. Lithuania is building barracks, a training area and housing near Rūdninkai and Rukla at a cost of about €1 billion, and has ordered 44 Leopard 2A8 tanks.

NATO's multinational battlegroup in Lithuania, led by Germany, has some 1,600 troops, according to the alliance. "Deterrence is about numbers on the ground," said a NATO official who asked not to be named.

Russia's embassy in Vilnius called the deployment "a provocation". Moscow has said it will form new divisions in its Leningrad military district.

Some 3,000 people attended the ceremony, which featured a flypast of four Eurofighter jets. Lithuanian police said 350 officers were on duty in the old town for the event.

Separately, the Lithuanian Military Academy said 112 officer cadets would graduate in June, a record, and the country's riflemen's union said it had 17,000 volunteers, up 20% since 2022.

The Suwałki Gap, a 65 km stretch of the Polish-Lithuanian border between Belarus and Russia's Kaliningrad exclave, is seen as NATO's most vulnerable point.""",
claims=[
 C("about 500 soldiers", "DEU", "deployed", 500, "approx", "total", "Lithuania", "Bundeswehr", "DEU"),
 C("4,800 troops", "DEU", "deployed", 4800, "exact", "planned", "Lithuania", "Bundeswehr", "DEU", note="headline same"),
 C("some 1,600 troops", "NATO", "deployed", 1600, "approx", "total", "Lithuania", "the alliance", "NATO"),
 C("350 officers", "LTU", "deployed", 350, "exact", "total", "Vilnius", "Lithuanian police", "LTU", opt=(350, 350), note="police at a ceremony: optional"),
 C("112 officer cadets", "LTU", "deployed", 112, "exact", "planned", "Lithuania", "Lithuanian Military Academy", "LTU", opt=(112, 112), note="graduation: optional"),
 C("17,000 volunteers", "LTU", "deployed", 17000, "exact", "total", "Lithuania", "riflemen's union", "LTU", opt=(17000, 17000), note="paramilitary volunteers: optional"),
]),

dict(source="Kyiv Today live", publishedAt="2025-07-04T06:30:00Z",
title="LIVE: Russia launches largest drone attack on Kyiv of the war",
text="""06:28 — Good morning. Russia launched 539 drones and 11 missiles at Ukraine overnight, the largest aerial attack of the full-scale war, Ukraine's air force said. It said air defences shot down or jammed 476 drones and two missiles.

06:45 — Kyiv Mayor Vitali Klitschko says at least 23 people were injured in the capital, 14 of them taken to hospital. Fires broke out in seven districts, including Solomianskyi and Sviatoshynskyi.

07:10 — The State Emergency Service says one person was killed in Kyiv, a 68-year-old man whose body was found under the rubble of a five-storey building. Rescue work is continuing.

07:32 — Ukrenergo says about 200,000 households in Kyiv region are without power. The metro is operating but 12 stations are being used as shelters; the city authorities say 30,000 people spent the night underground.

08:05 — President Volodymyr Zelensky, writing on X: "A sleepless night. Russia does not intend to stop." He said he had spoken to Donald Trump the previous evening about air defence and that Ukraine needed "at least 10 more Patriot systems".

08:40 — Polish Operational Command says it scrambled aircraft as a precaution. No violation of Polish airspace was recorded.

09:15 — The Polish embassy says one of its buildings was slightly damaged. Railway operator Ukrzaliznytsia says 16 trains are delayed by up to 90 minutes.

09:50 — Russia's defence ministry says it carried out "a massive strike with long-range precision weapons" on military-industrial targets. It reported no figures.

10:20 — The German government says it is ready to buy two Patriot systems from the United States for Ukraine, at a cost of about $1 billion each.

10:55 — We are closing this live page. Thank you for following.""",
claims=[]),

dict(source="Ukrainian National Agency (UNA)", publishedAt="2025-12-02T07:30:00Z",
title="General Staff: Russia lost 1,180 troops in past day",
text="""KYIV, Dec 2 (UNA) - Russian forces lost 1,180 personnel killed and wounded in the past day, the General Staff of the Armed Forces of Ukraine said on Tuesday, bringing Russia's total losses since February 24, 2022 to about 1,178,000.

The General Staff also listed 11 tanks, 28 artillery systems, 312 drones and 84 vehicles destroyed in the same period. Its figures cannot be independently verified, and Western estimates are generally lower.

The heaviest fighting was near Pokrovsk, where 52 combat clashes were recorded, the General Staff said. "The enemy is trying to infiltrate in small groups of two or three soldiers," said Viktor Trehubov, spokesman for the Khortytsia group of forces.

Russia's Defence Ministry said on the same day that Ukraine had lost up to 1,350 servicemen over the past 24 hours along the front line, and that Russian forces had captured 19 Ukrainian soldiers in the Kupiansk direction.

Mediazona and the BBC Russian service, which count confirmed deaths using obituaries and social media, said they had identified the names of 141,000 Russian servicemen killed, and that the true number was likely at least twice as high.

Ukrainian President Volodymyr Zelensky said in February that 46,000 Ukrainian soldiers had been killed since the full-scale invasion, and that 380,000 had been wounded. Ukraine has not updated the figures since.

On the same day, Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said 1,200 Ukrainians would return under an exchange agreed in Istanbul, and the Ministry of Veterans said it had issued 31,000 new combatant certificates in November.

Russian strikes on Kharkiv overnight injured nine civilians, governor Oleh Syniehubov said.""",
claims=[
 C("1,180 personnel", "RUS", "casualties", 1180, "exact", "increment", "Ukraine", "General Staff of the Armed Forces of Ukraine", "UKR", note="headline 1,180 troops in past day"),
 C("about 1,178,000", "RUS", "casualties", 1178000, "approx", "total", "Ukraine", "General Staff of the Armed Forces of Ukraine", "UKR"),
 C("up to 1,350 servicemen", "UKR", "casualties", 1350, "at_most", "increment", "front line", "Russia's Defence Ministry", "RUS"),
 C("19 Ukrainian soldiers", "UKR", "captured", 19, "exact", "total", "Kupiansk", "Russia's Defence Ministry", "RUS"),
 C("141,000 Russian servicemen", "RUS", "killed", 141000, "exact", "total", None, "Mediazona and the BBC Russian service", None),
 C("46,000 Ukrainian soldiers", "UKR", "killed", 46000, "exact", "recalled", None, "Volodymyr Zelensky", "UKR", note="February figure the article recalls"),
 C("380,000", "UKR", "wounded", 380000, "exact", "recalled", None, "Volodymyr Zelensky", "UKR"),
 C("1,200 Ukrainians", "UKR", "captured", 1200, "exact", "planned", None, "Coordination Headquarters for the Treatment of Prisoners of War", "UKR", opt=(1200, 1200), note="POWs to be returned: optional"),
 C("two or three soldiers", "RUS", "deployed", 2, "range", "total", "Pokrovsk", "Viktor Trehubov", "UKR", high=3, opt=(2, 3), note="group size, not a force count: optional"),
]),

dict(source="Seoul Herald Times", publishedAt="2025-08-18T04:00:00Z",
title="Allies begin Ulchi Freedom Shield with 18,000 South Korean troops",
text="""South Korea and the United States began their annual Ulchi Freedom Shield exercise on Monday, with about 18,000 South Korean troops taking part in field training, the Joint Chiefs of Staff said, down from 19,000 last year after half of the outdoor drills were postponed to September.

The 11-day exercise also involves computer-simulated command post training and a civil defence drill in which 4,000 government agencies and public institutions will take part, the Interior Ministry said.

U.S. Forces Korea, which stations 28,500 American troops in the country, said the drills were "defensive in nature". North Korea's defence ministry called them "a rehearsal for war" and warned of "countermeasures".

The start of the exercise comes amid reports that Washington is reviewing its force posture in Asia. A report in a U.S. newspaper in May said the Pentagon was considering moving about 4,500 troops from South Korea to Guam, which the Defense Department denied.

"Any change in numbers would be discussed closely with our ally," Defence Minister Ahn Gyu-back told lawmakers.

South Korea's 2026 defence budget proposal of 66.3 trillion won, an 8.2% increase, includes funds for a third Aegis destroyer and 20 more F-35A fighter jets. The military also plans to cut the number of general officers by 10%.

The government, led by President Lee Jae-myung, has sought to lower tensions with the North, halting loudspeaker broadcasts along the border in June. Unification Minister Chung Dong-young said 31 North Korean defectors had arrived in the first half of the year, a record low.

The exercise ends on August 28.""",
claims=[
 C("about 18,000 South Korean troops", "KOR", "deployed", 18000, "approx", "total", "South Korea", "Joint Chiefs of Staff", "KOR", note="headline 18,000"),
 C("19,000", "KOR", "deployed", 19000, "exact", "recalled", "South Korea", "Joint Chiefs of Staff", "KOR"),
 C("28,500 American troops", "USA", "deployed", 28500, "exact", "total", "South Korea", "U.S. Forces Korea", "USA"),
 C("about 4,500 troops", "USA", "deployed", 4500, "approx", "planned", "Guam", "a report in a U.S. newspaper", None, opt=(4500, 4500), note="reported, denied withdrawal: optional"),
]),

dict(source="Philippine Daily Chronicle", publishedAt="2025-04-21T05:15:00Z",
title="Balikatan opens with 14,000 troops, Japan joins for first time as full participant",
text="""MANILA - About 14,000 Filipino and American troops began the annual Balikatan military exercises on Monday, the largest in the drills' 40-year history, with Japan taking part as a full participant for the first time.

Around 9,000 U.S. service members and 5,000 Filipino soldiers will train over three weeks in northern Luzon, Palawan and the Batanes islands, close to Taiwan, Philippine military spokesperson Col. Francel Margareth Padilla said at the opening ceremony at Camp Aguinaldo.

Japan sent 150 personnel from its Self-Defense Forces, while Australia contributed about 200 troops, organizers said. France and Britain sent observers.

The U.S. Marine Corps will deploy its NMESIS anti-ship missile system and two HIMARS launchers. The exercises include a live-fire drill to sink a decommissioned vessel, the former BRP Miguel Malvar, off Zambales.

"Balikatan is not directed at any country," Lt. Gen. James Glynn, commander of U.S. Marine Forces Pacific, told reporters. China's foreign ministry said the drills "undermine regional stability".

The Philippine Coast Guard said it had tracked 12 Chinese coast guard vessels and 30 maritime militia boats near Scarborough Shoal in the past week. Spokesman Jay Tarriela said a Chinese vessel used a water cannon against a Bureau of Fisheries ship, injuring two crew.

President Ferdinand Marcos Jr. has allowed the United States access to nine military bases under the Enhanced Defense Cooperation Agreement signed in 2014. Congress has approved a 35 billion peso modernisation fund for 2025.

Around 300 protesters rallied outside the U.S. embassy in Manila on Monday. Police said 1,200 officers were deployed to secure the opening events.""",
claims=[
 C("About 14,000 Filipino and American troops", "USA", "deployed", 14000, "approx", "total", "Philippines", None, None, opt=(14000, 14000), note="combined USA+PHL total: optional for either"),
 C("About 14,000 Filipino and American troops", "PHL", "deployed", 14000, "approx", "total", "Philippines", None, None, opt=(14000, 14000), note="combined total, alternative coding"),
 C("Around 9,000 U.S. service members", "USA", "deployed", 9000, "approx", "total", "Philippines", "Col. Francel Margareth Padilla", "PHL"),
 C("5,000 Filipino soldiers", "PHL", "deployed", 5000, "exact", "total", "Philippines", "Col. Francel Margareth Padilla", "PHL"),
 C("150 personnel", "JPN", "deployed", 150, "exact", "total", "Philippines", None, None, note="organizers"),
 C("about 200 troops", "AUS", "deployed", 200, "approx", "total", "Philippines", None, None),
 C("1,200 officers", "PHL", "deployed", 1200, "exact", "total", "Manila", "Police", "PHL", opt=(1200, 1200), note="police at events: optional"),
]),

dict(source="South Caucasus Review", publishedAt="2025-08-09T16:00:00Z",
title="Armenia and Azerbaijan initial peace treaty at White House",
text="""WASHINGTON - Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev initialled a peace agreement at the White House on Friday, ending more than three decades of conflict over Nagorno-Karabakh, in a ceremony hosted by U.S. President Donald Trump.

The 17-article treaty commits both countries to recognise each other's territorial integrity on the basis of the 1991 Almaty Declaration and to refrain from deploying third-country forces along their roughly 1,000 km border. It must still be signed and ratified.

The two leaders also agreed to a transit route through Armenia's Syunik province linking Azerbaijan to its Nakhchivan exclave, to be called the "Trump Route for International Peace and Prosperity". The 43 km corridor will be developed by a U.S. consortium under a 99-year arrangement, officials said.

"This is a historic day," Aliyev said. Pashinyan said the deal "opens a new page" and that Armenia would hold a referendum on a new constitution, a key Azerbaijani demand, in 2027.

Some 100,000 ethnic Armenians fled Karabakh after Azerbaijan retook the region in a 24-hour offensive in September 2023. Armenia's government says it has housed 40,000 of them, and has spent about $150 million on housing certificates.

The two countries also agreed to ask the Organization for Security and Co-operation in Europe to dissolve the Minsk Group, set up in 1992 to mediate the conflict.

Russia's foreign ministry said Moscow "welcomes any steps" toward peace but warned against "external interference". Iran's foreign ministry said it opposed any change to borders in the region.

Trade between Armenia and Turkey could double within five years if their border, closed since 1993, reopens, the Armenian economy ministry estimates.""",
claims=[]),

dict(source="Indian Ocean Press", publishedAt="2024-10-15T13:25:00Z",
title="Rwanda keeps 4,000 troops in Mozambique as southern African force leaves",
text="""MAPUTO, Oct 15 (IOP) - Rwanda will keep its force of about 4,000 soldiers and police in Mozambique's Cabo Delgado province after a southern African regional mission completed its withdrawal, Rwandan and Mozambican officials said on Tuesday.

The Southern African Development Community Mission in Mozambique (SAMIM), which at its peak had around 2,000 troops from eight countries, lowered its flag in Pemba in July. South Africa, Tanzania and Botswana had provided most of the personnel.

Rwanda Defence Force spokesman Brig. Gen. Ronald Rwivanga said Kigali had sent an additional 1,000 soldiers in recent weeks to cover areas vacated by SAMIM. "Our mission continues until the job is done," he said.

The European Union has approved €40 million to support the Rwandan deployment under its European Peace Facility. Mozambique's defence minister, Cristóvão Chume, said the country's armed forces would recruit 2,500 new soldiers next year.

Insurgents linked to Islamic State have waged an insurgency in the gas-rich province since 2017. The ACLED monitor recorded 350 attacks in the first nine months of 2024, and the UN says 580,000 people remain displaced.

TotalEnergies has said it hopes to restart its $20 billion liquefied natural gas project in the Afungi peninsula in 2025. The project was suspended after an attack on the town of Palma in 2021 in which dozens of people were killed.

"Security has improved along the main roads, but the insurgents move in small groups and attack villages at night," said a diplomat in Maputo who asked not to be named.

Mozambique holds general elections on Oct. 9, with results due by Oct. 24.""",
claims=[
 C("about 4,000 soldiers and police", "RWA", "deployed", 4000, "approx", "total", "Cabo Delgado", "Rwandan and Mozambican officials", "RWA", note="headline 4,000 troops"),
 C("around 2,000 troops", "SADC", "deployed", 2000, "approx", "recalled", "Mozambique", None, None, note="peak figure only recalled"),
 C("an additional 1,000 soldiers", "RWA", "deployed", 1000, "exact", "increment", "Cabo Delgado", "Brig. Gen. Ronald Rwivanga", "RWA"),
 C("recruit 2,500 new soldiers", "MOZ", "deployed", 2500, "exact", "planned", "Mozambique", "Cristóvão Chume", "MOZ", opt=(2500, 2500), note="recruitment target: optional"),
]),

dict(source="Maghreb Horizons", publishedAt="2025-11-01T10:00:00Z",
title="Security Council renews Western Sahara mission, backs autonomy plan",
text="""NEW YORK/RABAT - The UN Security Council on Friday extended the mandate of its mission in Western Sahara, MINURSO, for another year and, for the first time, called Morocco's autonomy plan a basis for negotiations, a shift welcomed in Rabat and rejected by the Polisario Front.

Resolution 2797 was adopted with 11 votes in favour, none against and three abstentions, from Russia, China and Pakistan. Algeria, a close backer of the Polisario, did not take part in the vote.

"This is a historic turning point," King Mohammed VI said in a televised address, declaring October 31 a new national holiday. Thousands of people celebrated in the streets of Laayoune and Dakhla.

The Polisario's representative at the UN, Sidi Omar, said the movement "will not engage in any process" that excluded a referendum on self-determination, which was promised in 1991 but never held.

The territory, a former Spanish colony of about 266,000 square km, has been largely controlled by Morocco since 1975. Around 173,600 Sahrawi refugees live in camps near Tindouf in Algeria, according to the UN refugee agency, which has appealed for $104 million for 2026.

The United States, which recognised Moroccan sovereignty in 2020, drafted the text. Ambassador Mike Waltz said Washington hoped talks could begin "within months" under the UN's personal envoy, Staffan de Mistura.

Morocco has invested about $10 billion in the territory's infrastructure, including a 1,055 km highway and the $1.3 billion Dakhla Atlantic port, due to open in 2028.

Algeria's foreign ministry said the resolution "does not change the legal status" of the territory.""",
claims=[]),
]
