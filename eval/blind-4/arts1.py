from lib import A, C

A("b4-01", "Yonhap", "2026-11-03T06:40:00Z",
"N. Korea sends another 3,000 troops to Russia, total now about 14,000: NIS",
"""SEOUL, Nov. 3 (Yonhap) -- North Korea has sent another 3,000 troops to Russia since September, bringing its total deployment there to about 14,000, South Korea's National Intelligence Service (NIS) told lawmakers on Tuesday.
The spy agency said around 2,000 of the North Korean soldiers have been killed or wounded in fighting in Russia's Kursk region, up from an estimated 1,100 casualties it reported to parliament in January.
Rep. Park Sun-won of the intelligence committee, who briefed reporters after the closed-door session, said Pyongyang is also preparing to dispatch up to 5,000 military construction workers to help rebuild infrastructure in Kursk.
According to the NIS, the North has shipped more than 12 million artillery shells and some 250 short-range ballistic missiles to Russia since 2023, and in return has received air-defence systems and oil. The agency estimated that about 1,500 North Korean families had received state housing as compensation, a figure it said came from informants inside the country.
Neither Moscow nor Pyongyang has confirmed the deployment numbers.
Separately, Ukraine's military intelligence directorate said two North Korean soldiers captured in January remain in custody in Ukraine and have asked to be sent to South Korea. Seoul has said it would accept them if they request it, citing its constitution, which regards all Koreans as its citizens.
The NIS briefing came a day after Kim Jong Un awarded state medals to 94 officers at a ceremony in Pyongyang.""",
[C("another 3,000 troops", "PRK", "deployed", 3000, k="increment", loc="Russia", to="South Korea's National Intelligence Service", p="KOR"),
 C("about 14,000", "PRK", "deployed", 14000, q="approx", loc="Russia", to="South Korea's National Intelligence Service", p="KOR"),
 C("around 2,000 of the North Korean soldiers", "PRK", "casualties", 2000, q="approx", loc="Kursk", to="South Korea's National Intelligence Service", p="KOR"),
 C("an estimated 1,100 casualties", "PRK", "casualties", 1100, q="approx", k="recalled", loc="Kursk", to="South Korea's National Intelligence Service", p="KOR"),
 C("up to 5,000 military construction workers", "PRK", "deployed", 5000, q="at_most", k="planned", loc="Kursk", to="Park Sun-won", p="KOR", opt=(5000, 5000), note="military construction workers: armed personnel or not is unclear"),
 C("two North Korean soldiers captured", "PRK", "captured", 2, loc="Ukraine", to="Ukraine's military intelligence directorate", p="UKR"),
])

A("b4-02", "Eastern Flank Review", "2026-10-14T12:00:00Z",
"How many Russian soldiers has the war consumed? Three estimates, three answers",
"""Counting the dead in Russia's war against Ukraine remains an exercise in competing guesswork, according to a new summary published by the Eastern Flank Review, a Vilnius-based research group.
Ukraine's General Staff puts total Russian losses at 1,148,300 personnel, a figure that combines killed and wounded and that Kyiv updates every morning. On Monday alone it reported 1,130 Russian casualties over the past 24 hours, along with 41 artillery systems and 312 drones.
Independent researchers are more cautious. A count of obituaries and court records compiled by the exiled outlet Zerkalo Media and volunteers has identified 148,000 Russian soldiers killed by name, and the group estimates the real toll of dead at between 220,000 and 260,000.
Moscow does not publish its own losses. Instead, Russia's defence ministry claimed on Sunday that Ukrainian forces had lost more than 1,500 troops in the Kupiansk direction during the past week, a figure Kyiv called "fantasy".
The front line itself is longer than 1,200 kilometres. Ukraine's commander-in-chief Oleksandr Syrskyi said on Monday that Russia had concentrated about 710,000 troops inside Ukraine, compared with roughly 600,000 at the start of last year.
The review notes that Russia has raised its military budget to 13.5 trillion roubles, about 6.3% of GDP, and recruits an average of 30,000 contract soldiers a month, according to former deputy security council chief Dmitry Medvedev.""",
[C("1,148,300 personnel", "RUS", "casualties", 1148300, to="Ukraine's General Staff", p="UKR"),
 C("1,130 Russian casualties", "RUS", "casualties", 1130, k="increment", to="Ukraine's General Staff", p="UKR"),
 C("148,000 Russian soldiers killed", "RUS", "killed", 148000, to="Zerkalo Media", p=None, note="identified by name; independent outlet"),
 C("between 220,000 and 260,000", "RUS", "killed", 220000, 260000, q="range", to="Zerkalo Media", p=None),
 C("more than 1,500 troops", "UKR", "casualties", 1500, q="at_least", k="increment", loc="Kupiansk", to="Russia's defence ministry", p="RUS", note="'had lost ... troops' read as losses = casualties"),
 C("about 710,000 troops", "RUS", "deployed", 710000, q="approx", loc="Ukraine", to="Oleksandr Syrskyi", p="UKR"),
 C("roughly 600,000", "RUS", "deployed", 600000, q="approx", k="recalled", loc="Ukraine", to="Oleksandr Syrskyi", p="UKR"),
 C("30,000 contract soldiers a month", "RUS", "deployed", 30000, q="approx", to="Dmitry Medvedev", p="RUS", opt=(30000, 30000), note="monthly recruitment rate: claim or not unclear"),
])

A("b4-03", "AFP", "2026-09-21T15:30:00Z",
"Israel says 40 Hamas fighters killed in past day in Khan Younis",
"""JERUSALEM, Sept 21 (AFP) - The Israeli army said Sunday it had killed 40 Hamas fighters in the past 24 hours in and around Khan Younis, as its renewed ground offensive in southern Gaza entered a third week.
The military said three soldiers were killed when an explosive device hit their armoured vehicle near the city's eastern edge, bringing the army's death toll in the Gaza ground operation to 412.
Hamas's armed wing, the Qassam Brigades, said in a Telegram statement that its fighters had killed 11 Israeli soldiers in an ambush in the same area, a claim the army did not address.
The health ministry in the Hamas-run territory said 73 Palestinians had been killed across the strip over the same period, among them 21 children, raising the overall toll to more than 68,000. Aid agencies said only 120 trucks had entered through the Kerem Shalom crossing on Saturday, against 600 needed daily.
Israel has deployed five divisions, some 50,000 soldiers, for the Khan Younis operation, according to army radio. The military has called up about 60,000 reservists ahead of the holidays, it said last month.
An army spokesman said troops had also located 14 tunnel shafts and seized 230 rifles.
The United Nations says around 1.9 million of Gaza's 2.1 million inhabitants have been displaced at least once during the war.""",
[C("40 Hamas fighters", "hamas", "killed", 40, k="increment", loc="Khan Younis", to="The Israeli army", p="ISR"),
 C("three soldiers were killed", "ISR", "killed", 3, loc="Khan Younis", to="The military", p="ISR"),
 C("412", "ISR", "killed", 412, loc="Gaza", to="The military", p="ISR"),
 C("11 Israeli soldiers", "ISR", "killed", 11, loc="Khan Younis", to="the Qassam Brigades", p="hamas"),
 C("some 50,000 soldiers", "ISR", "deployed", 50000, q="approx", loc="Khan Younis", to="army radio", p="ISR"),
 C("about 60,000 reservists", "ISR", "deployed", 60000, q="approx", to="The military", p="ISR", opt=(60000, 60000), note="reservists called up: mobilised, not shown deployed"),
])

A("b4-04", "The Levant Ledger", "2026-08-30T07:00:00Z",
"Along the Litani, a thinner blue line",
"""NAQOURA, Lebanon -- From the watchtower above the UN base here, the hills of northern Israel are close enough to count the roofs. For nearly five decades the peacekeepers of UNIFIL have watched this frontier; now their time is running out.
The mission's roughly 10,000 peacekeepers from 48 countries are due to leave by the end of next year after the Security Council voted 13-0, with two abstentions, to wind it down. Italy's contingent of 1,100 soldiers, the largest in the sector, will be among the last to go, Rome has said.
The Lebanese army is supposed to fill the gap. It currently has about 4,500 troops south of the Litani river, and its commander told visiting diplomats the army will deploy another 6,000 soldiers there once funding arrives. Donors have pledged $230 million so far.
Israel's military says it has killed more than 2,500 Hezbollah fighters since October 2023 and that the group is rebuilding. Hezbollah stopped publishing names of its dead long ago. Lebanon's health ministry says more than 4,000 people have been killed in Israeli strikes in that period, without separating civilians from combatants.
In the village of Aita al-Shaab, 300 of 1,200 homes have been rebuilt. "We counted 46 drones in one afternoon," said the mayor.""",
[C("roughly 10,000 peacekeepers", "UN", "deployed", 10000, q="approx", loc="Lebanon"),
 C("Italy's contingent of 1,100 soldiers", "ITA", "deployed", 1100, loc="Lebanon"),
 C("about 4,500 troops", "LBN", "deployed", 4500, q="approx", loc="south of the Litani river"),
 C("another 6,000 soldiers", "LBN", "deployed", 6000, k="planned", loc="south of the Litani river", to="its commander", p="LBN"),
 C("more than 2,500 Hezbollah fighters", "hezbollah", "killed", 2500, q="at_least", to="Israel's military", p="ISR"),
])

A("b4-05", "Reuters", "2026-07-12T11:05:00Z",
"US keeps about 7,000 sailors and Marines in Red Sea as Houthis threaten shipping",
"""WASHINGTON, July 12 (Reuters) - The United States will keep about 7,000 sailors and Marines in the Red Sea and Gulf of Aden through the autumn, two U.S. officials said on Friday, after Yemen's Houthis threatened to resume attacks on merchant ships.
The officials, speaking on condition of anonymity, said the USS Eisenhower strike group would be joined next month by an amphibious ready group carrying a further 2,200 Marines.
The Houthis' military spokesman Yahya Saree said in a televised address that the group had "hundreds of thousands of fighters" ready to confront any attack and that it had fired 17 missiles at Israel over the past month.
Since late 2023 the Iran-aligned group has attacked more than 100 merchant vessels, sinking four and killing at least eight seafarers. Traffic through the Suez Canal remains about 50% below 2023 levels, Egypt's canal authority said, costing it some $7 billion in revenue last year.
A U.S.-led coalition of 20 countries patrols the waterway. Britain said it had 300 personnel aboard two frigates in the area.
In Sanaa, the Houthis held a rally they said was attended by one million people, and said they were still holding 13 United Nations staff members detained in June.""",
[C("about 7,000 sailors and Marines", "USA", "deployed", 7000, q="approx", loc="Red Sea", to="two U.S. officials", p="USA"),
 C("a further 2,200 Marines", "USA", "deployed", 2200, k="planned", loc="Red Sea", to="two U.S. officials", p="USA", note="will be joined next month by a further: planned over increment"),
 C("hundreds of thousands of fighters", "houthis", "deployed", None, q="approx", to="Yahya Saree", p="houthis", opt=(200000, 999999)),
 C("300 personnel", "GBR", "deployed", 300, loc="Red Sea", to="Britain", p="GBR"),
])

A("b4-06", "Darfur Witness Network", "2026-06-02T09:00:00Z",
"Situation report: RSF masses fighters around El Obeid",
"""Situation report No. 212 -- North Kordofan
Satellite imagery reviewed by the Darfur Witness Network shows a large build-up of Rapid Support Forces vehicles on three roads leading to El Obeid. Our analysts estimate that the RSF has massed between 10,000 and 15,000 fighters within 40 kilometres of the city, supported by at least 300 technicals.
The Sudanese Armed Forces have reinforced the garrison. Army spokesman Brigadier Khalid al-Amin said on Sunday that SAF units had killed 800 RSF fighters in two days of fighting near Bara, a figure we could not verify. He said the army had lost "a small number of martyrs".
The RSF, in a statement posted by its media office, said it had captured 140 army soldiers, including a colonel, and published a video showing about 30 men in uniform sitting on the ground.
Civilian harm continues to mount. Local emergency rooms recorded 62 civilians killed by shelling in El Obeid last week, and the International Organization for Migration says 46,000 people fled the Bara area in May alone, adding to the more than 12 million Sudanese displaced since April 2023.
Three of the city's five hospitals are out of service. A cholera outbreak has infected 1,900 people.
Note: figures from parties to the conflict are reported as claimed.""",
[C("between 10,000 and 15,000 fighters", "rsf", "deployed", 10000, 15000, q="range", loc="El Obeid", to="the Darfur Witness Network", p=None),
 C("800 RSF fighters", "rsf", "killed", 800, loc="Bara", to="Brigadier Khalid al-Amin", p="SDN"),
 C("140 army soldiers", "SDN", "captured", 140, to="The RSF", p="rsf"),
 C("a small number of martyrs", "SDN", "killed", None, to="Brigadier Khalid al-Amin", p="SDN", opt=(1, 30), note="vague own losses"),
 C("about 30 men in uniform", "SDN", "captured", 30, q="approx", to="The RSF", p="rsf", opt=(30, 30), note="men shown in video, subset of the 140"),
])

A("b4-07", "Reuters", "2026-05-19T14:20:00Z",
"UN experts say Rwanda has 3,000 to 4,000 troops in eastern Congo",
"""GOMA, Democratic Republic of Congo, May 19 (Reuters) - Rwanda has between 3,000 and 4,000 of its soldiers fighting alongside M23 rebels in eastern Congo, United Nations experts said in a confidential report seen by Reuters, despite a peace agreement signed in Washington last year.
The Group of Experts estimated that the M23 itself now counts around 6,500 fighters, up from about 3,000 when it seized Goma in January 2025.
Rwanda's government spokesperson said in response that the report was "recycled fiction" and that Rwanda had no troops in Congo, only "defensive measures" on its border.
The experts also said that Burundi has kept about 10,000 troops in South Kivu province to support the Congolese army. Two Burundian military sources told Reuters the real number was closer to 7,000 after a partial withdrawal in March.
The report, which runs to 320 pages, said the rebels were exporting about 120 tonnes of coltan a month through Rwanda, generating some $800,000 in monthly taxes. It said 7 million people were displaced inside Congo.
Congo's army, the FARDC, did not give figures for its own troop strength but said 52 of its officers had been arrested for selling weapons to militias. Addressing the Security Council on Monday, the country's ambassador to the UN, Georges Nzanga, said Rwanda had "at least 10,000 soldiers" on Congolese soil.""",
[C("between 3,000 and 4,000 of its soldiers", "RWA", "deployed", 3000, 4000, q="range", loc="eastern Congo", to="United Nations experts", p="UN"),
 C("around 6,500 fighters", "m23", "deployed", 6500, q="approx", loc="eastern Congo", to="The Group of Experts", p="UN"),
 C("about 3,000 when it seized Goma", "m23", "deployed", 3000, q="approx", k="recalled", loc="Goma", to="The Group of Experts", p="UN"),
 C("about 10,000 troops", "BDI", "deployed", 10000, q="approx", loc="South Kivu", to="The experts", p="UN"),
 C("closer to 7,000", "BDI", "deployed", 7000, q="approx", loc="South Kivu", to="Two Burundian military sources", p="BDI"),
 C("52 of its officers had been arrested", "COD", "captured", 52, to="Congo's army, the FARDC", p="COD", opt=(52, 52), note="arrested by their own side, not captured by an enemy: claim or not unclear"),
 C('"at least 10,000 soldiers"', "RWA", "deployed", 10000, q="at_least", loc="Congo", to="the country's ambassador to the UN, Georges Nzanga", p="COD", note="Congo's ambassador: party COD, not UN"),
])

A("b4-08", "Sahel Security Brief", "2026-04-07T08:00:00Z",
"Mali's Russian allies and the jihadist tide: a brief",
"""This brief summarises open-source estimates of the forces in Mali's conflict as of early April.
Russia's Africa Corps, the defence-ministry structure that replaced the Wagner Group, is believed to have about 2,500 personnel in Mali, according to Western diplomats in Bamako. At its peak in 2023 Wagner had some 1,800 men in the country, the diplomats say. The Kremlin does not comment on numbers.
The al-Qaeda affiliate JNIM is the strongest armed actor. Our own estimate is that it fields around 6,000 fighters across Mali and Burkina Faso, while the Islamic State Sahel Province has perhaps 2,000.
Violence is rising. In the attack on the Kayes military camp on 2 April, the Malian army said it killed 45 assailants and lost 11 soldiers. JNIM claimed in a statement to have killed "dozens" of soldiers and Russian mercenaries.
The junta has expanded recruitment, with 8,000 young Malians completing basic training this year according to the army's information directorate. It says a further 2,000 recruits will be sent to the central Mopti region in June.
Fuel blockades by JNIM have cut supplies to Bamako by 40%, and the UN estimates 380,000 Malians are refugees in neighbouring countries.""",
[C("about 2,500 personnel", "RUS", "deployed", 2500, q="approx", loc="Mali", to="Western diplomats", p=None),
 C("some 1,800 men", "RUS", "deployed", 1800, q="approx", k="recalled", loc="Mali", to="the diplomats", p=None),
 C("around 6,000 fighters", "jnim", "deployed", 6000, q="approx", loc="Mali and Burkina Faso"),
 C("perhaps 2,000", "isis", "deployed", 2000, q="approx", note="Islamic State Sahel Province mapped to isis"),
 C("45 assailants", "jnim", "killed", 45, loc="Kayes", to="the Malian army", p="MLI"),
 C("11 soldiers", "MLI", "killed", 11, loc="Kayes", to="the Malian army", p="MLI"),
 C('"dozens" of soldiers', "MLI", "killed", None, q="approx", loc="Kayes", to="JNIM", p="jnim", opt=(20, 99)),
 C("a further 2,000 recruits", "MLI", "deployed", 2000, k="planned", loc="Mopti", to="the army's information directorate", p="MLI"),
])

A("b4-09", "Garowe Daily", "2026-03-15T10:30:00Z",
"Egypt to send 1,100 troops as AU mission in Somalia faces cash gap",
"""MOGADISHU -- Egypt will send 1,100 troops to Somalia by June as part of the African Union mission, the Somali defence minister told parliament on Saturday, taking the force closer to its authorised strength.
The AU Support and Stabilisation Mission in Somalia (AUSSOM) currently has 11,900 soldiers and police on the ground, down from about 19,000 under the earlier ATMIS mission in 2022, the minister said. The AU has authorised a ceiling of 11,911 uniformed personnel.
Al-Shabaab still controls large areas of the south. A U.S. Africa Command official estimated the group has between 7,000 and 12,000 fighters, while Somali intelligence puts the number at 15,000.
The mission faces a funding gap of $166 million for this year, and troop-contributing countries say soldiers have not been paid for seven months. Uganda, the largest contributor, has warned it could pull out some of its troops.
On Thursday, Somali special forces trained by the United States said they killed 23 al-Shabaab militants in an operation in Middle Shabelle. Two civilians died in the crossfire.
Separately, 430 students graduated from the Somali National University's law faculty on Friday, with 60 women among them.""",
[C("1,100 troops", "EGY", "deployed", 1100, k="planned", loc="Somalia", to="the Somali defence minister", p="SOM"),
 C("11,900 soldiers and police", "AU", "deployed", 11900, loc="Somalia", to="the minister", p="SOM"),
 C("about 19,000", "AU", "deployed", 19000, q="approx", k="recalled", loc="Somalia", to="the minister", p="SOM"),
 C("11,911 uniformed personnel", "AU", "deployed", 11911, q="at_most", loc="Somalia", opt=(11911, 11911), note="authorised ceiling, not a count"),
 C("between 7,000 and 12,000 fighters", "al-shabaab", "deployed", 7000, 12000, q="range", loc="Somalia", to="A U.S. Africa Command official", p="USA"),
 C("15,000", "al-shabaab", "deployed", 15000, loc="Somalia", to="Somali intelligence", p="SOM"),
 C("23 al-Shabaab militants", "al-shabaab", "killed", 23, loc="Middle Shabelle", to="Somali special forces", p="SOM"),
])

A("b4-10", "Premium Times Abuja", "2026-02-20T16:00:00Z",
"6,200 recruits pass out at Zaria as Borno counts cost of abductions",
"""ZARIA -- A total of 6,200 recruits of the 88 Regular Recruits Intake passed out on Friday at the Depot Nigerian Army in Zaria, Kaduna State, in a colourful ceremony attended by the Chief of Army Staff.
The new soldiers, who underwent 19 weeks of training, will be posted to units after a period of leave, an army official said. Awards were presented to 52 best-performing recruits, and 14 were given cash prizes of N500,000 each.
Meanwhile in Borno State, the state government said 287 schoolchildren abducted from a school in Kuriga in January had now been reduced to 34 still in captivity, after 253 were freed in batches. The government said it had spent N2.4 billion on rehabilitation of returned pupils.
The United Nations humanitarian office estimates that 2.2 million people remain displaced in the north-east, and that 1,200 villages have been destroyed since 2009. About 35,000 people have been killed in the insurgency over that period, according to UN figures.
The National Assembly this week approved a defence budget of N3.6 trillion, with 287 lawmakers voting in favour.
Police in Kaduna said 1,500 officers would provide security for the Durbar festival at the weekend, which is expected to draw 40,000 visitors.""",
[])
