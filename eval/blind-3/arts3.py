from lib import A, C
RMOD = "Ministry of Defence of the Russian Federation"
ARTS = [
A("b3-21", "Eurasianet", "2025-08-09T12:00:00Z",
  "Armenia and Azerbaijan initial peace deal at the White House",
"""WASHINGTON — The leaders of Armenia and Azerbaijan initialled a peace agreement at the White House on Friday, aiming to end nearly four decades of conflict over Nagorno-Karabakh, the mountainous region that Azerbaijan retook in a 24-hour offensive in September 2023.

The 17-article text commits both sides to recognise each other's territorial integrity and to refrain from deploying third-country forces along their 1,000-kilometre border. It also grants the United States development rights for 99 years over a transit route through Armenia's Syunik province, dubbed the Trump Route for International Peace and Prosperity.

More than 100,000 ethnic Armenians, nearly the entire population of Karabakh, fled to Armenia after the 2023 offensive. Armenia says 23 Armenian prisoners, including eight former Karabakh leaders, remain in Azerbaijani custody; Baku calls them criminals and says their trials will continue.

Russia's peacekeeping contingent, which numbered about 2,000 troops when it was deployed under the 2020 ceasefire, completed its withdrawal from Karabakh in June 2024. The European Union's monitoring mission in Armenia has about 200 unarmed staff.

Armenia's parliamentary elections are due in June 2026. Prime Minister Nikol Pashinyan's Civil Contract party won 53.9% of the vote in 2021, and polls put its support at about 20% now.""",
[C("about 2,000 troops", "RUS", "deployed", 2000, "approx", "recalled", "Karabakh", None, None),
]),

A("b3-22", "Associated Press", "2025-04-18T20:00:00Z",
  "US to cut troops in Syria to under 1,000, officials say",
"""WASHINGTON (AP) — The United States will reduce its military presence in Syria to fewer than 1,000 troops in the coming months, consolidating its forces at a handful of bases in the northeast, two U.S. officials said Friday.

The Pentagon acknowledged in December that there were about 2,000 U.S. troops in Syria, more than double the 900 it had publicly cited for years. The troops work with the Kurdish-led Syrian Democratic Forces (SDF) against remnants of the Islamic State group.

The SDF, which says it has about 100,000 fighters, guards prisons holding some 9,000 Islamic State fighters, as well as camps such as al-Hol where about 37,000 people, mostly women and children, are held.

Under a March agreement with the new government in Damascus, led by President Ahmed al-Sharaa, the SDF is to be integrated into state institutions by the end of the year. The Syrian defense ministry says it has absorbed more than 70 armed factions.

Islamic State carried out 375 attacks in SDF areas in the first quarter of 2025, according to a monitoring group. The U.N. estimates that 16.5 million people in Syria need humanitarian assistance.""",
[C("fewer than 1,000 troops", "USA", "deployed", 1000, "at_most", "planned", "Syria", "two U.S. officials", "USA"),
 C("about 2,000 U.S. troops", "USA", "deployed", 2000, "approx", "total", "Syria", "The Pentagon", "USA",
   note="dated statement but still the current figure: total (decision)"),
 C("the 900 it had publicly cited", "USA", "deployed", 900, "exact", "recalled", "Syria", "The Pentagon", "USA"),
 C("about 100,000 fighters", "sdf", "deployed", 100000, "approx", "total", "northeast Syria", "The SDF", "sdf"),
 C("some 9,000 Islamic State fighters", "isis", "captured", 9000, "approx", "total", "northeast Syria", None, None,
   note="fighters held in prisons: captured"),
]),

A("b3-23", "The National", "2025-09-03T09:30:00Z",
  "US-led coalition begins drawdown from Baghdad and Ain Al Asad",
"""BAGHDAD — US-led coalition forces have begun withdrawing from bases in federal Iraq under a 2024 agreement, with the number of American troops in the country set to fall from about 2,500 to fewer than 2,000 by the end of September, US officials said.

Remaining forces will relocate to Erbil in the Kurdistan Region, where they will stay until September 2026 to support operations against the Islamic State group in Syria, according to the agreement.

Iraq's Counter-Terrorism Service said on Tuesday that its forces, backed by coalition air strikes, had killed five ISIS militants, including a senior leader, in the Hamrin mountains. Security sources said two Iraqi soldiers were wounded in a separate roadside bombing in Kirkuk province.

Iraq's Popular Mobilisation Forces, an umbrella of mostly Iran-aligned armed groups with an estimated 238,000 members on the state payroll, have resisted calls to disarm. Parliament allocated 3.5 trillion Iraqi dinars to the PMF in the 2025 budget.

Iraq holds parliamentary elections on November 11, with some 21.4 million Iraqis registered to vote and 7,768 candidates competing for 329 seats.""",
[C("about 2,500", "USA", "deployed", 2500, "approx", "total", "Iraq", "US officials", "USA"),
 C("fewer than 2,000", "USA", "deployed", 2000, "at_most", "planned", "Iraq", "US officials", "USA"),
 C("five ISIS militants", "isis", "killed", 5, "exact", "total", "Hamrin mountains", "Iraq's Counter-Terrorism Service", "IRQ"),
 C("two Iraqi soldiers", "IRQ", "wounded", 2, "exact", "total", "Kirkuk", "Security sources", None),
 C("an estimated 238,000 members", "IRQ", "deployed", 238000, "approx", "total", "Iraq", None, None, opt=[238000, 238000],
   note="PMF: state body or armed groups? optional under both readings (IRQ and pmf)"),
 C("an estimated 238,000 members", "pmf", "deployed", 238000, "approx", "total", "Iraq", None, None, opt=[238000, 238000]),
]),

A("b3-24", "Libya Observer", "2025-06-20T11:00:00Z",
  "Libya's oil output hits 12-year high as Tripoli truce holds",
"""TRIPOLI — Libya's crude production reached 1.4 million barrels per day in May, the highest in 12 years, the National Oil Corporation said, even as clashes between armed groups in Tripoli last month killed at least eight civilians.

The fighting erupted after the killing of Abdulghani al-Kikli, head of the Stability Support Apparatus, and drew in the Radaa force. The UN mission UNSMIL said a truce was holding and that 60 detainees had been released from Mitiga prison.

In the east, commander Khalifa Haftar's Libyan National Army held a parade in Benghazi involving 3,000 troops and 200 armoured vehicles to mark the anniversary of its 2014 campaign. Russia, which backs Haftar, has moved equipment from Syria to Libya's al-Khadim and al-Jufra air bases since December.

The coast guard intercepted 1,250 migrants at sea last week, the International Organization for Migration said. Libya hosts more than 820,000 migrants, most from Niger, Egypt and Sudan.

Derna is still rebuilding after the September 2023 floods, which killed more than 4,300 people according to the World Health Organization. The government said 3,500 housing units would be handed over by the end of the year.""",
[C("3,000 troops", "lna", "deployed", 3000, "exact", "total", "Benghazi", None, None,
   note="Haftar's Libyan National Army as lower-case id lna (decision)"),
]),

A("b3-25", "Addis Standard", "2025-03-12T08:00:00Z",
  "ENDF says 210 Fano militants killed in Amhara operations",
"""ADDIS ABABA — The Ethiopian National Defense Force (ENDF) said it had killed 210 Fano militants and captured 58 others in operations in the Gojjam and Gondar zones of Amhara region over the past two weeks.

In a statement, the army said its forces had also "dismantled" several Fano command structures. Fano, a loose network of Amhara militias, did not immediately respond, but one of its spokespeople said last week the group had killed hundreds of government soldiers in February.

The fighting in Amhara, which began in August 2023, has prompted concern from the UN human rights office, which said last month that at least 180 civilians had been killed in drone strikes since January.

Meanwhile, the National Rehabilitation Commission said 75,000 former Tigrayan fighters had been disarmed and demobilised under the Pretoria agreement that ended the Tigray war in November 2022, out of 270,000 targeted in the programme. The TPLF leadership has split, with the faction of Debretsion Gebremichael ousting Getachew Reda as head of the Tigray interim administration.

The World Food Programme said it was assisting 3.6 million people in northern Ethiopia, and that 1,200 tonnes of food had been delivered to Mekelle this month.""",
[C("210 Fano militants", "fano", "killed", 210, "exact", "increment", "Amhara", "The Ethiopian National Defense Force", "ETH",
   note="'over the past two weeks' read as an increment cue"),
 C("58 others", "fano", "captured", 58, "exact", "increment", "Amhara", "The Ethiopian National Defense Force", "ETH"),
 C("hundreds of government soldiers", "ETH", "killed", None, "approx", "total", "Amhara", "one of its spokespeople", "fano", opt=[200, 999]),
]),

A("b3-26", "Deutsche Welle", "2025-05-22T14:30:00Z",
  "Germany formally launches Lithuania brigade, its first permanent foreign deployment since WWII",
"""VILNIUS — Germany on Thursday formally established its 45th Armoured Brigade in Lithuania, the first permanent stationing of German combat troops abroad since World War II, with Chancellor Friedrich Merz attending a ceremony in the capital.

Around 400 soldiers are already in the country, and the brigade is set to reach its full strength of about 4,800 troops and 200 civilian employees by 2027, the Bundeswehr said. About 1,000 more soldiers will arrive this year.

The brigade will absorb the NATO multinational battlegroup that Germany has led in Lithuania since 2017, which currently numbers around 1,700 troops from nine allied countries.

Lithuania has pledged to spend between 5% and 6% of GDP on defence from next year and is building housing for 3,000 soldiers' families near the Rudninkai training area. Germany plans to spend about €10 billion on the brigade over the next decade.

Across NATO's eastern flank, the alliance has eight forward battlegroups, and the United States keeps some 80,000 troops in Europe, according to US European Command.""",
[C("Around 400 soldiers", "DEU", "deployed", 400, "approx", "total", "Lithuania", "the Bundeswehr", "DEU"),
 C("about 4,800 troops", "DEU", "deployed", 4800, "approx", "planned", "Lithuania", "the Bundeswehr", "DEU"),
 C("About 1,000 more soldiers", "DEU", "deployed", 1000, "approx", "planned", "Lithuania", "the Bundeswehr", "DEU",
   note="future + 'more': planned beats increment (decision)"),
 C("around 1,700 troops", "NATO", "deployed", 1700, "approx", "total", "Lithuania", None, None),
 C("some 80,000 troops", "USA", "deployed", 80000, "approx", "total", "Europe", "US European Command", "USA"),
]),

A("b3-27", "UN News", "2025-05-29T10:00:00Z",
  "UN honours peacekeepers as budget cuts loom",
"""NEW YORK — The United Nations marked the International Day of UN Peacekeepers on Thursday with a ceremony at headquarters, where Secretary-General António Guterres laid a wreath honouring all those who have lost their lives serving under the UN flag since 1948.

The Secretary-General also presented the 2024 Military Gender Advocate of the Year Award to Major Thandiwe Mokoena of South Africa, who served with the mission in the Democratic Republic of the Congo, and awarded the Captain Mbaye Diagne Medal for Exceptional Courage posthumously to a Nepalese corporal.

The General Assembly's Fifth Committee is negotiating a peacekeeping budget of $5.38 billion for the year starting July 1, down from $5.59 billion, amid a liquidity crisis: member states owe about $2.4 billion in unpaid assessed contributions. Officials have warned that cuts of 15% to 20% may be needed.

In South Sudan, 850 Rwandan peacekeepers received UN service medals at a parade in Juba on Tuesday, while in Lebanon a ceremony honoured 1,000 Indonesian personnel with medals for their service with UNIFIL.

The UN currently runs 11 peacekeeping operations, with personnel from 119 contributing countries. Women make up about 10% of military contingents, against a target of 15% for 2028. The Department of Peace Operations says its missions have helped train more than 3,000 national police officers in the Central African Republic this year.""",
[]),

A("b3-28", "Ministry of Defence of the Russian Federation", "2025-04-10T10:00:00Z",
  "Summary of the Ministry of Defence of the Russian Federation on the progress of the special military operation",
"""The Ministry of Defence of the Russian Federation reports on the progress of the special military operation as of 10 April 2025.

Units of the Zapad group of forces improved their tactical position and defeated formations of two mechanised brigades of the Armed Forces of Ukraine near Kupyansk and Kolisnykivka. The enemy lost up to 230 servicemen, two pickup trucks and three field artillery guns.

Units of the Yug group of forces took more advantageous lines and inflicted defeat on manpower and hardware of three brigades near Kostiantynivka and Siversk. The Ukrainian armed forces lost over 195 servicemen, an armoured combat vehicle and five motor vehicles.

Units of the Tsentr group of forces liberated the settlement of Kalynivka in the Donetsk People's Republic. The enemy's losses amounted to up to 460 servicemen, a tank and three armoured combat vehicles.

In total over the past day, the losses of the Armed Forces of Ukraine amounted to more than 1,290 servicemen.

In the Kursk region, 11 servicemen of the Armed Forces of Ukraine surrendered over the past day. Over the course of the operation in the Kursk direction, the enemy has lost more than 76,800 servicemen, 412 tanks and 310 infantry fighting vehicles.

Air defence means shot down 4 guided aerial bombs, 6 HIMARS multiple rocket launcher projectiles and 158 fixed-wing unmanned aerial vehicles.

In total, since the beginning of the special military operation, 660 aircraft, 283 helicopters, 50,120 unmanned aerial vehicles and 23,400 tanks and other armoured combat vehicles have been destroyed.""",
[C("up to 230 servicemen", "UKR", "casualties", 230, "at_most", "increment", "Kupyansk", RMOD, "RUS",
   note="per-group figures in a daily summary are increments (decision)"),
 C("over 195 servicemen", "UKR", "casualties", 195, "at_least", "increment", "Kostiantynivka", RMOD, "RUS"),
 C("up to 460 servicemen", "UKR", "casualties", 460, "at_most", "increment", "Donetsk", RMOD, "RUS"),
 C("more than 1,290 servicemen", "UKR", "casualties", 1290, "at_least", "increment", None, RMOD, "RUS"),
 C("11 servicemen", "UKR", "captured", 11, "exact", "increment", "Kursk", RMOD, "RUS",
   note="surrendered counts as captured (decision)"),
 C("more than 76,800 servicemen", "UKR", "casualties", 76800, "at_least", "total", "Kursk", RMOD, "RUS"),
]),

A("b3-29", "Institute for the Study of War", "2025-01-28T23:30:00Z",
  "Russian Offensive Campaign Assessment, January 28, 2025",
"""Key Takeaways:

Ukrainian President Volodymyr Zelensky stated on January 28 that North Korean forces have suffered roughly 4,000 casualties in Kursk Oblast, including about 1,500 killed, and that Ukrainian forces have captured two North Korean soldiers.

North Korean units have reportedly withdrawn from frontline positions in Kursk Oblast for at least two weeks, likely to reconstitute after heavy losses. ISW cannot independently confirm this report.

Russian forces recently advanced near Pokrovsk, Toretsk, Kurakhove and Velyka Novosilka.

The Russian military command likely continues to commit roughly 1,500 to 2,000 personnel per day to offensive operations, a rate that ISW assesses Russia can sustain through voluntary recruitment in 2025.

Ukrainian Commander-in-Chief Colonel General Oleksandr Syrskyi stated that Russia has concentrated about 50,000 troops, including North Korean units, in the Kursk direction, down from a peak of around 63,000 in late 2024.

A Ukrainian Ground Forces spokesperson reported on January 27 that Russian forces lost over 427,000 personnel in 2024 alone. Russian milbloggers claimed that elements of three Russian regiments recaptured positions near Sudzha. Ukrainian military intelligence (GUR) Chief Kyrylo Budanov stated that the Russian Ministry of Defense is recruiting roughly 30,000 new contract soldiers per month. ISW previously assessed that Russia's 2025 federal budget allocates 13.5 trillion rubles to national defence and security.""",
[C("roughly 4,000 casualties", "PRK", "casualties", 4000, "approx", "total", "Kursk", "Volodymyr Zelensky", "UKR"),
 C("about 1,500 killed", "PRK", "killed", 1500, "approx", "total", "Kursk", "Volodymyr Zelensky", "UKR"),
 C("two North Korean soldiers", "PRK", "captured", 2, "exact", "total", "Kursk", "Volodymyr Zelensky", "UKR"),
 C("roughly 1,500 to 2,000 personnel per day", "RUS", "deployed", 1500, "range", "increment", "Ukraine", "ISW", None, high=2000, opt=[1500, 2000],
   note="a daily rate: optional"),
 C("about 50,000 troops", "RUS", "deployed", 50000, "approx", "total", "Kursk", "Oleksandr Syrskyi", "UKR",
   note="mixed Russian and North Korean count: force is the lead force (decision)"),
 C("around 63,000 in late 2024", "RUS", "deployed", 63000, "approx", "recalled", "Kursk", "Oleksandr Syrskyi", "UKR"),
 C("over 427,000 personnel", "RUS", "casualties", 427000, "at_least", "total", None, "A Ukrainian Ground Forces spokesperson", "UKR"),
 C("roughly 30,000 new contract soldiers per month", "RUS", "deployed", 30000, "approx", "increment", "Russia", "Kyrylo Budanov", "UKR", opt=[30000, 30000],
   note="a monthly recruitment rate: optional"),
]),

A("b3-30", "Kyiv Independent", "2025-05-25T16:00:00Z",
  "Ukraine and Russia complete largest prisoner swap of the war",
"""KYIV — Ukraine and Russia on Sunday completed the final stage of a three-day exchange, each handing over 303 servicemen, in what officials on both sides called the largest prisoner swap since the full-scale invasion. Over the three days, each side freed 1,000 prisoners, including 120 civilians.

"We are bringing our people home," President Volodymyr Zelensky wrote on Telegram, sharing photos of freed men wrapped in blue-and-yellow flags at a location near the Belarusian border.

Ukraine's Ombudsman Dmytro Lubinets said at least 16,000 Ukrainian civilians are believed to be held in Russia or occupied territories, many without charge. Among those returned this week were a 62-year-old teacher from Kherson and two journalists.

Kyiv says 19,546 Ukrainian children have been deported or forcibly transferred to Russia since 2022, of whom 1,366 have so far been brought back through mediation by Qatar and other countries.

The exchange was the only concrete result of direct talks in Istanbul on May 16, the first in more than three years. Meanwhile, Russia launched 298 drones and 69 missiles at Ukrainian cities overnight, killing 12 people, including three children, and injuring 60, officials said.

The European Union has pledged €1.9 billion in additional aid for Ukraine's energy sector ahead of winter.""",
[C("303 servicemen", "UKR", "captured", 303, "exact", "increment", "Russia", None, None, opt=[303, 303],
   note="prisoner-of-war swap figures: optional for both sides (decision)"),
 C("303 servicemen", "RUS", "captured", 303, "exact", "increment", "Ukraine", None, None, opt=[303, 303]),
]),
]
