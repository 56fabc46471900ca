from common import A, c

ARTS = []

ARTS.append(A("d6-25", "DW", "2025-05-22T13:40:00Z",
"Germany formally commissions Lithuania brigade, its first permanent foreign deployment",
"""Germany on Thursday formally commissioned the 45th Panzer Brigade in Vilnius, the first time since World War II that the Bundeswehr has permanently stationed a combat unit abroad.

Around 550 German soldiers are already stationed in Lithuania, and the brigade is expected to reach its full strength of about 5,000 troops and 250 civilian employees by the end of 2027, the Defense Ministry in Berlin said.

"The security of Lithuania is our security," the German chancellor told soldiers and guests at the ceremony on Cathedral Square, where around 2,000 spectators had gathered.

The brigade will include the Panzer Battalion 203 from Augustdorf and the Panzergrenadier Battalion 122 from Oberviechtach, and will be equipped with Leopard 2A8 tanks and Puma infantry fighting vehicles. Lithuania is spending about €300 million on barracks, training areas and housing for the soldiers' families at Rūdninkai and Rukla.

NATO's multinational battlegroup in Lithuania, which Germany leads and which has about 1,700 troops, will be folded into the new brigade. When it was set up in 2017, the battlegroup had around 1,100 soldiers.

Lithuania's president said the country would raise defense spending to between 5% and 6% of GDP from 2026. Lithuania, a country of 2.9 million people, shares borders with Belarus and Russia's Kaliningrad exclave.""",
[
 c("DEU", "deployed", 550, "Around 550 German soldiers", q="approx", loc="Lithuania", to="Defense Ministry in Berlin", party="DEU"),
 c("DEU", "deployed", 5000, "about 5,000 troops", q="approx", kind="planned", loc="Lithuania", to="Defense Ministry in Berlin", party="DEU"),
 c("NATO", "deployed", 1700, "about 1,700 troops", q="approx", loc="Lithuania"),
 c("NATO", "deployed", 1100, "around 1,100 soldiers", q="approx", kind="recalled", loc="Lithuania", note="2017 strength, recalled"),
]))

ARTS.append(A("d6-26", "Rudaw", "2025-02-17T16:20:00Z",
"Nine ISIS militants killed in Hamrin operation; two Peshmerga die in separate attack",
"""ERBIL, Kurdistan Region - Iraq's Counter-Terrorism Service (CTS) said on Monday that nine ISIS militants were killed in a joint operation with US-led coalition aircraft in the Hamrin mountains. Separately, two Peshmerga fighters were killed in an attack on their post in Garmiyan, the Kurdistan Region's Ministry of Peshmerga said.

"Our heroes killed 9 terrorists, including two senior leaders, and destroyed 4 hideouts," CTS spokesman Brig. Ali Hassan al-Jubouri told Rudaw.

The Ministry of Peshmerga said in a statement that the attack occurred late on Sunday near Kifri, and that a third Peshmerga was wounded. It blamed ISIS remnants exploiting the "security vacuum" between Kurdish and Iraqi forces in disputed areas.

A UN monitoring team estimated in its latest report that ISIS has between 400 and 600 fighters in Iraq, most of them in rural areas of Kirkuk, Salahaddin and Diyala.

About 2,600 US troops remain in Iraq under an agreement reached in September, which foresees the coalition's mission in federal Iraq ending by September 2025 and in the Kurdistan Region by September 2026. Their number will fall to fewer than 2,000 by the autumn, a US defense official told Rudaw on condition of anonymity.

The Popular Mobilization Forces (PMF), whose budget for 2025 was set at 3.5 trillion Iraqi dinars, also took part in clearance operations in Tarmiyah, the PMF media office said.

More than 1 million Iraqis remain displaced a decade after ISIS seized a third of the country in 2014.""",
[
 c("isis", "killed", 9, "nine ISIS militants were killed", loc="Hamrin mountains", to="Counter-Terrorism Service", party="IRQ"),
 c("peshmerga", "killed", 2, "two Peshmerga fighters were killed", loc="Garmiyan", to="Ministry of Peshmerga", party="peshmerga", note="article reports; Ministry of Peshmerga gives details"),
 c("peshmerga", "wounded", 1, "a third Peshmerga was wounded", opt=True, vr=[1,1], loc="Kifri", to="Ministry of Peshmerga", party="peshmerga", note="'a third' = 1, no digit"),
 c("isis", "deployed", 400, "between 400 and 600 fighters", q="range", high=600, loc="Iraq", to="A UN monitoring team", party="UN"),
 c("USA", "deployed", 2600, "About 2,600 US troops", q="approx", loc="Iraq"),
 c("USA", "deployed", 2000, "fewer than 2,000 by the autumn", q="at_most", kind="planned", loc="Iraq", to="a US defense official", party="USA"),
]))

ARTS.append(A("d6-27", "War on the Rocks", "2025-08-12T10:00:00Z",
"How big is ISIS-K? The estimates that don't add up",
"""Four years after the Taliban's return to Kabul, nobody agrees on the size of the Islamic State's Khorasan Province. The numbers matter: they shape whether Washington sees the group as a regional nuisance or a threat capable of external operations such as the 2024 Crocus City Hall attack near Moscow, which killed 139 people.

The UN Security Council's monitoring team, in its report in July, estimated that ISIS-K has around 2,300 fighters in Afghanistan, down from as many as 4,000 two years earlier. The Taliban reject that picture. "Daesh in Afghanistan has fewer than 200 fighters, and they are hiding," Hamdullah Naseri, a Taliban government spokesman, told a news conference in Kabul in June.

US Central Command has offered a wider band. Its commander told Congress in March that ISIS-K could field between 4,000 and 6,000 fighters across Afghanistan and Pakistan, a figure that includes facilitators and part-time members.

The same UN report estimated that the Pakistani Taliban, the TTP, has about 5,900 fighters in Afghanistan, an assessment Islamabad uses to justify cross-border strikes. Pakistani officials cite 11 such strikes since 2023.

Part of the disagreement is definitional. Counting the group by attacks, the Armed Conflict Location and Event Data project (ACLED) logged 23 ISIS-K attacks in Afghanistan in 2024, against 142 in 2021. Counting by arrests, the Taliban say they have detained more than 1,500 suspected members since 2021.

"Every estimate is a guess built on another guess," a former US intelligence analyst said. A budget of about $9 million a year, according to the UN, is enough to keep the group's external operations alive.""",
[
 c("isis-k", "deployed", 2300, "around 2,300 fighters", q="approx", loc="Afghanistan", to="The UN Security Council's monitoring team", party="UN"),
 c("isis-k", "deployed", 4000, "as many as 4,000 two years earlier", q="at_most", kind="recalled", loc="Afghanistan", to="The UN Security Council's monitoring team", party="UN"),
 c("isis-k", "deployed", 200, "fewer than 200 fighters", q="at_most", loc="Afghanistan", to="Hamdullah Naseri", party="taliban"),
 c("isis-k", "deployed", 4000, "between 4,000 and 6,000 fighters", q="range", high=6000, loc="Afghanistan and Pakistan", to="US Central Command", party="USA"),
 c("ttp", "deployed", 5900, "about 5,900 fighters", q="approx", loc="Afghanistan", to="UN report", party="UN"),
 c("isis-k", "captured", 1500, "more than 1,500 suspected members", q="at_least", opt=True, vr=[1500,1500], loc="Afghanistan", to="the Taliban", party="taliban", note="'suspected members' detained: tolerated"),
]))

ARTS.append(A("d6-28", "Notes from Poland", "2025-09-26T08:30:00Z",
"Poland plans record 4.77% of GDP defence budget for 2026",
"""Poland's government has approved a draft budget that would raise defence spending to a record 198.7 billion zloty (€46.6 billion) in 2026, equivalent to 4.77% of GDP, the highest share of any NATO member.

The defence minister said on Thursday that around a quarter of the money would come from the Armed Forces Support Fund, an off-budget vehicle, and that Poland would apply for €41.2 billion in loans under the European Union's SAFE programme.

"Every zloty we spend is an investment in the safety of Polish families," he told a news conference in Warsaw.

Poland has ordered 94 AH-64E Apache helicopters, 470 HIMARS launchers, 980 K2 tanks from South Korea and 34 F-35 fighter jets, the first of which arrived at Łask air base in 2026. The ministry said 60% of new contracts would go to Polish arms makers in 2026, up from 48% in 2024.

Critics say the pace is unsustainable. The Supreme Audit Office (NIK) said in a report that delays affected 17 of 41 major programmes, while economists at ING estimated that defence spending accounts for 0.6 percentage points of Poland's 3.4% GDP growth.

The East Shield programme, which aims to fortify about 700 kilometres of the border with Belarus and Russia's Kaliningrad exclave by 2028, will cost 10 billion zloty, the ministry said. A poll by CBOS found that 79% of Poles support higher defence spending.""",
"NEG"))

ARTS.append(A("d6-29", "AP", "2025-05-14T20:10:00Z",
"Jihadi group claims killing 180 soldiers in Burkina Faso attack on Djibo",
"""DAKAR, Senegal (AP) - An al-Qaida-linked group has claimed responsibility for an attack on the town of Djibo in northern Burkina Faso, saying its fighters killed 180 soldiers in one of the deadliest assaults in the country's decade-long insurgency.

JNIM said in a statement on its propaganda channels that it had overrun an army base and several checkpoints on Sunday. The figure could not be independently verified.

Two security sources and a local aid worker told The Associated Press that the toll was lower, putting the number of soldiers killed at between 60 and 80. More than 100 people were killed in total, including civilians, said the aid worker, who spoke on condition of anonymity for fear of reprisals.

Burkina Faso's junta has not commented on the attack. The military government, led by Capt. Ibrahim Traoré since a 2022 coup, has recruited more than 75,000 civilian auxiliaries, known as Volunteers for the Defense of the Homeland (VDP), to fight alongside the army.

Djibo, near the border with Mali, has been under a jihadi blockade since 2022 and hosts more than 300,000 people, most of them displaced. Humanitarian flights into the town were suspended in 2024 after a helicopter was shot at.

"Djibo is a test of whether the state can hold anything in the north," said a senior researcher at ACLED. Burkina Faso has more than 2 million internally displaced people, according to the latest official figures from 2023.""",
[
 c("BFA", "killed", 180, "killed 180 soldiers", loc="Djibo", to="JNIM", party="jnim"),
 c("BFA", "killed", 60, "between 60 and 80", q="range", high=80, loc="Djibo", note="anonymous security sources"),
 c("BFA", "deployed", 75000, "more than 75,000 civilian auxiliaries", q="at_least", loc="Burkina Faso", note="VDP armed auxiliaries of the state"),
]))

ARTS.append(A("d6-30", "Radio Tamazuj", "2025-03-12T15:00:00Z",
"SSPDF says 41 White Army fighters killed near Nasir; Uganda deploys special forces to Juba",
"""JUBA - The South Sudan People's Defence Forces (SSPDF) said on Wednesday that its troops had killed 41 fighters of the armed youth group known as the White Army in clashes near Nasir in Upper Nile State.

SSPDF spokesperson Brig-Gen Malual Deng Akech told Radio Tamazuj that the army had also retaken 2 positions around the town. The army said last week that 31 soldiers, including a general, were killed when the White Army overran the Nasir garrison.

Uganda has deployed about 1,000 special forces soldiers to Juba at the request of the government, a Uganda People's Defence Forces (UPDF) spokesman, Col. Nelson Aturinda, said on X. "We will protect the entire territory of South Sudan as if it were our own," he wrote.

The opposition SPLM-IO, whose leader Riek Machar has been under house arrest since March 2025, denied any links to the White Army and accused the government of arresting 22 of its officials.

The UN Mission in South Sudan (UNMISS), which has around 17,400 peacekeepers in the country, said one of its helicopters came under fire during an attempt to evacuate wounded soldiers from Nasir, killing a crew member.

The fighting has forced more than 50,000 people to flee their homes, the UN said, while cholera has infected more than 40,000 people since last year. South Sudan gained independence in 2011 and its planned elections have been pushed back to December 2026.""",
[
 c("white-army", "killed", 41, "killed 41 fighters", loc="Nasir", to="SSPDF", party="SSD"),
 c("SSD", "killed", 31, "31 soldiers, including a general", kind="recalled", loc="Nasir", to="The army", party="SSD", note="figure from last week's statement, only recalled"),
 c("UGA", "deployed", 1000, "about 1,000 special forces soldiers", q="approx", loc="Juba", to="Col. Nelson Aturinda", party="UGA"),
 c("UN", "deployed", 17400, "around 17,400 peacekeepers", q="approx", loc="South Sudan", note="UNMISS"),
]))

ARTS.append(A("d6-31", "Reuters", "2025-11-11T21:00:00Z",
"Iraq votes in parliamentary election with turnout of 55%",
"""BAGHDAD, Nov 11 (Reuters) - Iraqis voted on Tuesday in the country's sixth parliamentary election since the 2003 U.S.-led invasion, with turnout reaching 55.4%, the Independent High Electoral Commission said, up from 41% in 2021.

More than 7,810 candidates competed for 329 seats, including 9 reserved for minorities, and 20.9 million of the 31 million eligible voters had updated biometric cards, the commission said. Polls closed at 6 p.m. after voting hours were extended in 3 provinces.

The prime minister, whose coalition is expected to win the largest number of seats, cast his ballot at the Rasheed Hotel in Baghdad. "Iraqis have chosen the ballot box over the bullet," he said.

The Interior Ministry said 25,000 police officers were on duty at polling stations in Baghdad alone, and vehicle traffic between provinces was banned for 24 hours. Airports were closed overnight.

In the Kurdistan Region, the Kurdistan Democratic Party was leading in Erbil and Dohuk with 61% of votes counted, according to preliminary results. The Patriotic Union of Kurdistan led in Sulaimani.

Iraq's economy depends on oil for about 90% of state revenue, and the next government will face a budget deficit estimated at 64 trillion dinars. Analysts expect months of negotiations before a government is formed, as happened after the 2021 vote, when it took more than a year.""",
"NEG"))

ARTS.append(A("d6-32", "The Guardian Post", "2024-11-04T09:00:00Z",
"Bui: Army 'neutralises' 11 Amba fighters, separatists claim six soldiers killed",
"""The Cameroon military says it has "neutralised" 11 separatist fighters in a weekend operation in Bui Division of the North West Region, including a self-styled "general" known as "Field Marshal No Pity II".

A release signed by the Army spokesman, Captain Serge Mbella Ndongo, said soldiers of the Rapid Intervention Battalion (BIR) stormed a camp of the Ambazonia Defence Forces near Kumbo and recovered 7 locally made guns, 2 AK-47 rifles and a quantity of marijuana.

Separatist leaders, in a video posted on Facebook, claimed their fighters had killed six soldiers in an ambush on the Kumbo-Bamenda road on Saturday. The claim could not be independently verified. The military said two soldiers were slightly wounded in the ambush and were receiving treatment at the Kumbo regional hospital.

The conflict in Cameroon's two English-speaking regions, which began in 2017, has killed more than 6,500 people and displaced over 630,000, according to the International Crisis Group.

Schools in Bui remained largely closed on Monday, the 9th week of the new academic year, after separatists imposed a lockdown. Parents told The Guardian Post that only 4 of the 31 secondary schools in Kumbo had reopened.

The government has repeatedly rejected calls for talks brokered by Canada, and President Paul Biya, 91, is expected to seek an eighth term next year.""",
[
 c("ambazonia-df", "killed", 11, "11 separatist fighters", loc="Bui", to="Captain Serge Mbella Ndongo", party="CMR"),
 c("CMR", "killed", 6, "killed six soldiers", loc="Kumbo-Bamenda road", to="Separatist leaders", party="ambazonia-df"),
 c("CMR", "wounded", 2, "two soldiers were slightly wounded", loc="Kumbo", to="The military", party="CMR"),
]))
