from build import C

ARTICLES = [
dict(source="Euphrates News Service", publishedAt="2025-01-21T12:30:00Z",
title="Pentagon says 2,000 US troops in Syria, more than double earlier figure",
text="""WASHINGTON/QAMISHLI, Jan 21 (ENS) - The United States has about 2,000 troops in Syria, the Pentagon said on Tuesday, more than twice the roughly 900 it had acknowledged for years, as Washington weighs the future of its mission against Islamic State after the fall of Bashar al-Assad.

"These are additional forces that deploy on a temporary basis," Pentagon press secretary Maj. Gen. Pat Ryder told reporters, adding that the number had been higher "for some time".

The Kurdish-led Syrian Democratic Forces (SDF), Washington's main partner in the northeast, say they have about 100,000 fighters. SDF commander Mazloum Abdi said in an interview that the force was ready to join a future national army "as a bloc, not as individuals".

The SDF guards prisons holding some 9,000 suspected Islamic State fighters, as well as the al-Hol camp, home to about 40,000 people, mostly women and children. U.S. officials have warned that a collapse of the SDF could allow thousands of militants to escape.

Syria's new authorities, led by Ahmed al-Sharaa, whose Hayat Tahrir al-Sham (HTS) led the offensive that toppled Assad on December 8, have demanded that all armed groups dissolve. A defence ministry official in Damascus said the new army aimed to recruit 100,000 in its first phase, without saying when.

Fighting between the SDF and the Turkish-backed Syrian National Army around the Tishreen Dam has killed at least 100 people since December, according to the Syrian Observatory for Human Rights, a Britain-based war monitor, which said most of the dead were fighters.

Turkey's foreign minister, Hakan Fidan, said Ankara would not accept "a terrorist corridor" on its border, which runs for 911 km. The Euphrates dam supplies electricity to about 400,000 people.""",
claims=[
 C("about 2,000 troops", "USA", "deployed", 2000, "approx", "total", "Syria", "Pentagon", "USA", note="headline 2,000 US troops same claim"),
 C("roughly 900", "USA", "deployed", 900, "approx", "recalled", "Syria", "Pentagon", "USA"),
 C("about 100,000 fighters", "sdf", "deployed", 100000, "approx", "total", "northeast Syria", "Syrian Democratic Forces (SDF)", "sdf"),
 C("some 9,000 suspected Islamic State fighters", "isis", "captured", 9000, "approx", "total", "northeast Syria", None, None, opt=(9000, 9000), note="prisoners held by SDF; optional"),
 C("thousands of militants", "isis", "captured", None, "approx", "total", "northeast Syria", None, None, opt=(2000, 9000), note="vague thousands"),
 C("recruit 100,000", "SYR", "deployed", 100000, "exact", "planned", "Syria", None, None, opt=(100000, 100000), note="unnamed official, recruitment target: optional"),
 C("at least 100 people", "sdf", "killed", 100, "at_least", "total", "Tishreen Dam", "Syrian Observatory for Human Rights", None, opt=(100, 100), note="people, most fighters, mixed forces: optional"),
]),

dict(source="ISPR", publishedAt="2025-08-30T10:00:00Z",
title="Security forces kill 30 khwarij in North Waziristan; 12 soldiers embrace shahadat",
text="""INTER SERVICES PUBLIC RELATIONS
No PR-187/2025-ISPR, Rawalpindi, 30 August 2025

On night 28/29 August 2025, security forces conducted an intelligence based operation in Datta Khel, North Waziristan District, on reported presence of khwarij belonging to the Indian proxy Fitna al Khwarij.

During the conduct of the operation, own troops effectively engaged the khwarij location and, after an intense exchange of fire, 30 khwarij were sent to hell. Weapons and ammunition were also recovered from the killed khwarij, who remained actively involved in numerous terrorist activities.

However, during the intense exchange of fire, 12 brave sons of soil, including a Lieutenant Colonel, having fought gallantly, embraced shahadat.

Sanitisation operation is being conducted to eliminate any other kharji found in the area, as security forces of Pakistan are determined to wipe out the menace of Indian sponsored terrorism from the country.

NOTE FOR EDITORS (from the Peshawar bureau): Pakistan uses "khwarij" for fighters of the Tehreek-e-Taliban Pakistan (TTP). The TTP said in a statement on Saturday that it had killed 22 soldiers in the attack, a figure the military did not address.

The Pak Institute for Peace Studies, an Islamabad think tank, recorded 521 militant attacks in the first seven months of 2025, a 34% increase on the same period last year. The provincial government of Khyber Pakhtunkhwa has approved Rs 8 billion for a new counter-terrorism department headquarters.

Prime Minister Shehbaz Sharif paid tribute to the soldiers. Their funeral prayers were offered at Miranshah, and Chief of Army Staff Field Marshal Asim Munir later awarded the Sitara-e-Basalat to four officers from the 1990s-era Frontier Corps at a separate ceremony in Rawalpindi.

Some 70,000 residents of Datta Khel and neighbouring areas were advised to stay indoors, the district administration said.""",
claims=[
 C("30 khwarij", "ttp", "killed", 30, "exact", "total", "North Waziristan", "ISPR", "PAK", note="headline same claim"),
 C("12 brave sons of soil", "PAK", "killed", 12, "exact", "total", "North Waziristan", "ISPR", "PAK", note="headline 12 soldiers"),
 C("four officers", "PAK", "deployed", 4, "exact", "total", "Rawalpindi", None, None, opt=(4, 4), note="medal recipients: not a claim, optional"),
 C("22 soldiers", "PAK", "killed", 22, "exact", "total", "North Waziristan", "TTP", "ttp"),
]),

dict(source="Indus Press", publishedAt="2025-03-13T14:50:00Z",
title="Pakistan says train siege over, 33 BLA militants killed",
text="""QUETTA, Pakistan, March 13 (Indus Press) - Pakistan's military said on Wednesday it had ended a day-long siege of a hijacked passenger train in Balochistan province, killing all 33 separatist militants who had seized it and freeing more than 300 passengers.

Military spokesman Lt. Gen. Ahmed Sharif Chaudhry said 26 hostages had been killed by the attackers before the rescue, among them 18 soldiers and paramilitary personnel who had been travelling on leave. "The security forces carried out the operation with extreme care," he told a news conference in Rawalpindi.

The Baloch Liberation Army (BLA), which claimed the attack on the Jaffar Express, said its fighters had killed 50 soldiers and were holding 214 hostages. It gave no evidence. The train, carrying about 440 passengers in nine coaches, was stopped after the line was blown up near a tunnel in the Bolan Pass.

Provincial officials said ambulances had taken 37 injured passengers to hospitals in Quetta and Mach. A special train with 50 seats was sent to bring the freed passengers home.

"My son called me at 2 p.m. and said they are separating the soldiers," said Muhammad Ashraf, whose son, a railway employee, survived.

The BLA, one of several groups fighting for independence in resource-rich Balochistan, has stepped up attacks on security forces and Chinese-funded projects. Pakistan says the group receives support from India, which denies it.

The province accounts for 44% of Pakistan's land area but only 6% of its population. Trains to Quetta have been suspended several times since an attack on the city's railway station killed 26 people in November 2024.

China's foreign ministry condemned the attack and said it supported Pakistan in "safeguarding national security".""",
claims=[
 C("all 33 separatist militants", "bla", "killed", 33, "exact", "total", "Balochistan", "Lt. Gen. Ahmed Sharif Chaudhry", "PAK", note="headline 33 BLA militants"),
 C("18 soldiers and paramilitary personnel", "PAK", "killed", 18, "exact", "total", "Balochistan", "Lt. Gen. Ahmed Sharif Chaudhry", "PAK"),
 C("50 soldiers", "PAK", "killed", 50, "exact", "total", "Balochistan", "BLA", "bla"),
]),

dict(source="El Heraldo del Norte", publishedAt="2025-01-24T22:10:00Z",
title="Colombia sends 5,000 troops to Catatumbo after ELN offensive",
text="""CÚCUTA - Colombia's Defence Ministry said on Friday it had deployed 5,000 soldiers to the Catatumbo region on the border with Venezuela, where fighting between the National Liberation Army (ELN) guerrillas and dissidents of the former FARC has killed at least 80 people and forced more than 50,000 to flee their homes.

"We are going to recover territorial control," Defence Minister Iván Velásquez said in Tibú, flanked by the army commander, Gen. Emilio Cardozo. He said a further 1,500 troops would arrive next week with 10 helicopters.

President Gustavo Petro suspended peace talks with the ELN and declared a "state of internal commotion", giving the government emergency powers for 90 days. Petro accused the group of "war crimes" against civilians and former FARC members who had signed the 2016 peace deal.

Military intelligence estimates that the ELN has about 6,000 fighters nationwide, including 1,200 in Catatumbo, while the FARC dissident 33rd Front has around 300 in the area.

The ombudsman's office said 32 former guerrillas who had signed the peace accord were among those missing. Cúcuta's mayor, Jorge Acevedo, said shelters in the city were holding 18,000 displaced people, and that schools had been turned into dormitories.

Venezuela's government said it had sent its own troops to the border area but did not give a number.

Catatumbo produces about 15% of Colombia's coca, according to the UN Office on Drugs and Crime, which counted 43,000 hectares there in 2023.

The ELN, founded in 1964, has carried out bombings of the Caño Limón-Coveñas oil pipeline more than 1,000 times since the 1980s, according to state oil company Ecopetrol.""",
claims=[
 C("5,000 soldiers", "COL", "deployed", 5000, "exact", "total", "Catatumbo", "Colombia's Defence Ministry", "COL", note="headline 5,000 troops"),
 C("a further 1,500 troops", "COL", "deployed", 1500, "exact", "planned", "Catatumbo", "Iván Velásquez", "COL", note="a further + would arrive: planned (future) over increment"),
 C("about 6,000 fighters", "eln", "deployed", 6000, "approx", "total", "Colombia", "Military intelligence", "COL"),
 C("1,200 in Catatumbo", "eln", "deployed", 1200, "exact", "total", "Catatumbo", "Military intelligence", "COL"),
 C("around 300 in the area", "farc", "deployed", 300, "approx", "total", "Catatumbo", "Military intelligence", "COL"),
 C("32 former guerrillas", "farc", "captured", 32, "exact", "total", "Catatumbo", "ombudsman's office", "COL", opt=(32, 32), note="missing ex-combatants: not a claim, optional to allow"),
]),

dict(source="La Jornada del Pacífico", publishedAt="2025-02-04T15:00:00Z",
title="Sheinbaum to send 10,000 National Guard troops to US border",
text="""MEXICO CITY - President Claudia Sheinbaum said on Monday Mexico would immediately send 10,000 members of the National Guard to the border with the United States, part of a deal that led President Donald Trump to pause 25% tariffs on Mexican goods for a month.

"They will be dedicated to stopping the trafficking of drugs, especially fentanyl," Sheinbaum said at her morning press conference. Security Secretary Omar García Harfuch said the first units would arrive in Tijuana, Ciudad Juárez and Nogales within days.

In Sinaloa, where rival factions of the Sinaloa cartel have fought since September, the army said soldiers had captured 17 gunmen of the Jalisco New Generation Cartel (CJNG) in a raid on a ranch near Culiacán, seizing 30 rifles and 500 kg of methamphetamine. The violence in the state has killed more than 1,200 people and 1,500 have disappeared, according to the state prosecutor.

In Culiacán, the state government deployed 2,500 police officers for the weekend's carnival, which drew 150,000 visitors despite the violence, officials said.

The National Guard, created in 2019 and placed under the Defence Ministry last year, has about 130,000 members. Analysts said the border deployment would stretch it. "This is largely a reassignment of units already in the north," said Rodrigo Peña, a security researcher at a Mexico City university.

Trump said on social media that the United States would work with Mexico, and that Canada had also agreed to appoint a "fentanyl czar". The U.S. Customs and Border Protection agency recorded 29,000 encounters at the southern border in January, the lowest monthly figure since 2020.

The peso rose 1.3% against the dollar after the announcement.""",
claims=[
 C("10,000 members of the National Guard", "MEX", "deployed", 10000, "exact", "planned", "border with the United States", "Claudia Sheinbaum", "MEX", note="headline same"),
 C("17 gunmen", "cjng", "captured", 17, "exact", "total", "Culiacán", "the army", "MEX"),
 C("2,500 police officers", "MEX", "deployed", 2500, "exact", "total", "Culiacán", "state government", "MEX", opt=(2500, 2500), note="police at a carnival: not a conflict claim, optional"),
 C("about 130,000 members", "MEX", "deployed", 130000, "approx", "total", "Mexico", None, None),
]),

dict(source="Port-au-Prince Observer", publishedAt="2025-05-26T20:30:00Z",
title="Kenya sends another 200 police to Haiti mission",
text="""PORT-AU-PRINCE - Another 200 Kenyan police officers arrived in Haiti on Sunday to reinforce the Multinational Security Support (MSS) mission, bringing Kenya's contingent to about 800, the mission said.

The officers landed at Toussaint Louverture International Airport on a chartered flight and were taken to the mission's base, which was attacked by gunmen twice in March. "We are here to support our Haitian brothers," the contingent commander, Godfrey Otunge, said.

The Kenya-led mission, authorised by the UN Security Council in October 2023, has about 1,000 personnel from Kenya, Jamaica, Guatemala, El Salvador and Belize, far fewer than the 2,500 originally planned. Its funding relies on a UN trust fund that has received $112 million in pledges.

Haiti's national police said officers had killed 40 gang members in an operation in the Kenscoff hills in the past week. The Viv Ansanm coalition of gangs controls about 90% of the capital, according to UN estimates.

The UN's International Organization for Migration said more than 1 million people are displaced in Haiti, including 270,000 in the past three months. At least 1,600 people were killed in gang violence in the first quarter of 2025, the UN human rights office said.

"The gangs have more guns than the police," said Pierre Espérance, executive director of the National Human Rights Defense Network, who estimated that Viv Ansanm has 12,000 members.

Transitional council president Fritz Alphonse Jean said elections planned for November would likely be delayed. Haiti has not held an election since 2016, and its last elected president, Jovenel Moïse, was assassinated in July 2021.""",
claims=[
 C("Another 200 Kenyan police officers", "KEN", "deployed", 200, "exact", "increment", "Haiti", "MSS mission", None, note="mission named, no state party; headline another 200 police"),
 C("about 800", "KEN", "deployed", 800, "approx", "total", "Haiti", "MSS mission", None),
 C("about 1,000 personnel", "mss", "deployed", 1000, "approx", "total", "Haiti", None, None, note="multinational mission: lower-case id mss"),
 C("the 2,500 originally planned", "mss", "deployed", 2500, "exact", "recalled", "Haiti", None, None),
 C("about 1,000 personnel", "UN", "deployed", 1000, "approx", "total", "Haiti", None, None, opt=(1000, 1000), note="alternative coding of the UN-authorised mission as UN"),
 C("the 2,500 originally planned", "UN", "deployed", 2500, "exact", "recalled", "Haiti", None, None, opt=(2500, 2500), note="alternative coding as UN"),
 C("40 gang members", "viv-ansanm", "killed", 40, "exact", "increment", "Kenscoff", "Haiti's national police", "HTI", note="in the past week: increment"),
 C("12,000 members", "viv-ansanm", "deployed", 12000, "exact", "total", "Haiti", "Pierre Espérance", None, opt=(12000, 12000), note="gang membership estimate by NGO: optional"),
]),

dict(source="East Asia Desk", publishedAt="2025-10-31T01:20:00Z",
title="North Korea fires new Hwasong-20 missile ahead of APEC summit",
text="""SEOUL, Oct 31 (EAD) - North Korea test-fired what it called a new intercontinental ballistic missile, the Hwasong-20, on Friday, South Korea's Joint Chiefs of Staff said, hours before U.S. and Chinese leaders were due to meet at a summit in Gyeongju.

The missile was launched from the Pyongyang area at 7:10 a.m. and flew about 1,000 km on a lofted trajectory before landing in the sea east of the Korean peninsula, reaching an altitude of more than 6,000 km, the JCS said. Japan's Defense Ministry said it fell outside its exclusive economic zone, about 200 km west of Okushiri Island.

It was the North's first ICBM launch since October 2024, when it tested the Hwasong-19. Pyongyang's state media KCNA said leader Kim Jong Un watched the launch with his daughter and called the missile "the strongest nuclear strategic weapon system".

Joseph Dempsey, a research associate at a London-based think tank, said the solid-fuel missile appeared to use an 11-axle launch vehicle. Analysts at 38 North said the engine could produce about 1,970 kilonewtons of thrust.

South Korea's President Lee Jae-myung convened the National Security Council. The United States, South Korea and Japan condemned the launch as a violation of UN Security Council resolutions, including Resolution 2397 of 2017.

Seoul's stock market fell 0.4% in early trading. The Unification Ministry said it would go ahead with plans to return six North Korean fishermen who had drifted south on two wooden boats in May.

North Korea has carried out six nuclear tests, the last in September 2017. South Korea's spy agency said last week it had detected preparations at the Punggye-ri site, including 20 new vehicles.""",
claims=[]),

dict(source="Sudd Post", publishedAt="2025-03-09T11:45:00Z",
title="South Sudan says 27 soldiers killed as White Army overruns Nasir garrison",
text="""JUBA - South Sudan's government said on Saturday that 27 soldiers had been killed when fighters of the White Army, an armed youth group from the Nuer community, overran an army garrison in Nasir, Upper Nile state, and that a general was among the dead.

Information Minister Michael Makuei Lueth told reporters that the attackers had also wounded 14 soldiers. He accused the SPLM-IO, the party of First Vice-President Riek Machar, of backing the White Army, a charge the party denies.

"The SPLM-IO has nothing to do with what happened in Nasir," the party's deputy spokesman, Lam Paul Gabriel, said. He said security forces had arrested 22 SPLM-IO officials in Juba, including the petroleum minister.

A UN helicopter sent to evacuate wounded soldiers came under fire on Friday, killing one crew member. The UN Mission in South Sudan (UNMISS), which has about 13,000 troops in the country, condemned the attack.

Uganda said it had sent special forces to Juba at the government's request. Military spokesman Felix Kulayigye declined to say how many, saying only that "several hundred" would stay "as long as needed".

The UN refugee agency said 63,000 people had fled fighting in Upper Nile since February, including 10,000 into Ethiopia. The World Food Programme said 7.7 million people in South Sudan face severe hunger, and that its operations were 40% underfunded.

The fighting threatens the 2018 peace deal that ended a five-year civil war in which an estimated 400,000 people died. Elections have been postponed to December 2026.

Nicholas Haysom, the head of UNMISS, urged President Salva Kiir and Machar to meet "urgently".""",
claims=[
 C("27 soldiers", "SSD", "killed", 27, "exact", "total", "Nasir", "South Sudan's government", "SSD", note="headline same"),
 C("14 soldiers", "SSD", "wounded", 14, "exact", "total", "Nasir", "Michael Makuei Lueth", "SSD"),
 C("one crew member", "UN", "killed", 1, "exact", "total", "Nasir", None, None, opt=(1, 1), note="UN helicopter crew, likely civilian contractor: optional"),
 C("about 13,000 troops", "UN", "deployed", 13000, "approx", "total", "South Sudan", None, None),
 C("\"several hundred\"", "UGA", "deployed", None, "approx", "total", "Juba", "Felix Kulayigye", "UGA", opt=(200, 900), note="vague several hundred"),
]),
]
