from build import C

ARTICLES = [
dict(source="Hanbit News Agency", publishedAt="2025-02-12T03:40:00Z",
title="Spy agency says North Korean losses in Kursk near 3,000",
text="""SEOUL, Feb. 12 (HNA) -- North Korea has suffered about 3,000 casualties among the troops it sent to fight for Russia, South Korea's National Intelligence Service (NIS) told lawmakers on Wednesday, in the agency's most detailed assessment since the deployment became public last October.

Of those, some 300 soldiers have been killed and around 2,700 wounded, mostly in the Kursk region, the NIS said in a closed-door briefing, according to Rep. Park Sun-won of the parliamentary intelligence committee, who spoke to reporters afterwards.

The agency said Pyongyang still has about 11,000 troops in Russia and appears to be preparing a rotation. "There are signs that an additional 3,000 soldiers were dispatched between January and February," Park quoted an NIS official as saying.

The spy agency also said the North has supplied Moscow with Hwasong-11 short-range missiles and about 200 long-range artillery pieces, including 170mm self-propelled guns, and that some 1,000 North Korean workers had travelled to Russian construction sites since December.

A second lawmaker, Rep. Lee Seong-kweun, said the NIS believed inexperience with drone warfare explained the high losses. "They were used as assault infantry in open fields," he said.

Russia's embassy in Seoul declined to comment. Pyongyang's state media has not acknowledged any casualties.

South Korea's Defense Ministry said separately that it had raised its alert level along the border, where 32 guard posts were restored by the North last year, and that it would spend 1.2 trillion won ($830 million) on counter-drone systems by 2027.

The NIS briefing came a day after Ukraine released video of interrogations of two captured North Koreans, whose ages it gave as 20 and 26.""",
claims=[
 C("about 3,000 casualties", "PRK", "casualties", 3000, "approx", "total", "Kursk", "South Korea's National Intelligence Service", "KOR"),
 C("some 300 soldiers", "PRK", "killed", 300, "approx", "total", "Kursk", "National Intelligence Service", "KOR"),
 C("around 2,700", "PRK", "wounded", 2700, "approx", "total", "Kursk", "National Intelligence Service", "KOR"),
 C("about 11,000 troops", "PRK", "deployed", 11000, "approx", "total", "Russia", "NIS", "KOR"),
 C("an additional 3,000 soldiers", "PRK", "deployed", 3000, "exact", "increment", "Russia", "NIS official", "KOR"),
]),

dict(source="Dnipro Vechirnii", publishedAt="2025-01-13T09:15:00Z",
title="Zelensky offers to swap captured North Korean soldiers",
text="""Ukraine's special forces have captured two North Korean soldiers in the Kursk region, President Volodymyr Zelensky said on Saturday, publishing photographs of the men, one of them with a bandaged jaw.

"Our soldiers have captured North Korean military personnel in Kursk. Two soldiers, although wounded, survived and were taken to Kyiv," Zelensky wrote on Telegram. He said Ukraine was ready to hand them over to Kim Jong Un if Pyongyang could arrange their exchange for Ukrainians held in Russia.

The Security Service of Ukraine (SBU) said the men were being questioned with the help of interpreters provided by South Korean intelligence. One of them told investigators he had been born in 2005 and had served in the army since 2021, the SBU said.

In a separate video address, Zelensky said that nearly 4,000 North Korean soldiers had been killed or wounded since the start of their combat operations. He did not give a source for the figure.

Russia's Defence Ministry did not respond. Kremlin spokesman Dmitry Peskov has previously described reports of North Korean troops in Kursk as "another fake".

The capture came as Russian strikes on the city of Zaporizhzhia killed 13 civilians and wounded 30, regional governor Ivan Fedorov said. Energy company Ukrenergo said 180,000 households remained without electricity in the region.

Andriy Kovalenko, head of the Centre for Countering Disinformation at Ukraine's National Security Council, said the two prisoners had been found carrying Russian military identification documents issued in Tuva, a region of about 330,000 people on the Mongolian border.

Seoul's NIS confirmed on Sunday that it had cooperated with Ukraine's SBU in the interrogations.""",
claims=[
 C("Two soldiers", "PRK", "captured", 2, "exact", "total", "Kursk", "Zelensky", "UKR", note="Two soldiers ... taken to Kyiv; same as headline"),
 C("Two soldiers, although wounded", "PRK", "wounded", 2, "exact", "total", "Kursk", "Zelensky", "UKR", opt=(2, 2), note="the captured men were wounded: optional"),
 C("nearly 4,000", "PRK", "casualties", 4000, "approx", "total", None, "Zelensky", "UKR"),
]),

dict(source="KCNA (English translation)", publishedAt="2025-08-22T06:00:00Z",
title="Respected Comrade Kim Jong Un visits construction site of memorial museum",
text="""Pyongyang, August 21 (KCNA) -- Respected Comrade Kim Jong Un, General Secretary of the Workers' Party of Korea and President of the State Affairs of the DPRK, inspected the construction site of the Memorial Museum of Combat Feats at Overseas Military Operations on Thursday.

He was accompanied by Pak Jong Chon, vice-chairman of the Central Military Commission of the WPK, and Jo Yong Won, secretary of the WPK Central Committee.

Looking round the site, which will cover 15,000 square metres on the bank of the Pothong River, the respected General Secretary said the museum would be "an eternal monument to the heroism of the units which carried out the sacred mission of liberating Kursk together with the Russian brothers in arms."

He said that the museum would be completed by October 10, 2026, the 81st anniversary of the founding of the Party, and that a street of 500 new flats for bereaved families would be built next to it.

The construction is being carried out by the 7th Brigade of the Korean People's Army building corps, which has already poured 12,000 cubic metres of concrete, the report said. Exhibits will include a Hwasong-11 missile and a T-72 tank presented by the Russian side.

The General Secretary also awarded the title of Hero of the DPRK and the Gold Star medal to the commanders of the units, and presented commemorative orders to 101 families. He called on the builders to "work at the Kursk speed."

Analysts at the 38 North website, citing commercial satellite imagery from August 15, said the site had expanded rapidly since groundbreaking in May and that two cranes and at least 40 trucks were visible.

The Russian Embassy in Pyongyang said its ambassador had attended a ceremony at the site on August 19.""",
claims=[]),

dict(source="The Pacific Ledger", publishedAt="2025-11-03T14:00:00Z",
title="How many North Korean troops are in Russia? The estimates diverge",
text="""Almost a year after North Korean troops first appeared on the battlefield in Kursk, governments still disagree on how many are there.

The Pentagon's latest figure, given by a senior defense official at a background briefing last week, is "between 10,000 and 12,000" North Korean troops inside Russia, most of them now in rear areas. South Korea's Joint Chiefs of Staff put the number higher, telling parliament that about 15,000 soldiers had rotated through Russia since October 2024, up from 13,000 at the end of the spring.

Ukrainian military intelligence (HUR) offers a third view. Its chief, Kyrylo Budanov, said in an interview that Pyongyang is preparing to send 6,000 more personnel: 1,000 deminers and 5,000 military builders to help rebuild Kursk. Russian Security Council secretary Sergei Shoigu confirmed the plan in June but gave no figure.

The estimates of losses are just as far apart. The Joint Chiefs say around 600 North Koreans have been killed, while HUR has said at least 1,500 are dead.

"Nobody outside Pyongyang and Moscow has a full count, and both have reasons to blur it," said Rachel Minsky, a researcher at a Washington think tank, who reckons "a few thousand" remain deployed at any time.

Other numbers are clearer. North Korea has shipped at least 12 million artillery shells to Russia, according to South Korean estimates, and the value of its arms trade with Moscow may reach $20 billion. Trade through the Tumen River crossing rose 40 percent in the first half of the year.

Russia's Defence Ministry has said only that Korean "friends" took part in the Kursk operation, which it declared complete on April 26.""",
claims=[
 C("between 10,000 and 12,000", "PRK", "deployed", 10000, "range", "total", "Russia", "senior defense official at the Pentagon", "USA", high=12000),
 C("about 15,000 soldiers", "PRK", "deployed", 15000, "approx", "total", "Russia", "South Korea's Joint Chiefs of Staff", "KOR"),
 C("13,000", "PRK", "deployed", 13000, "exact", "recalled", "Russia", "South Korea's Joint Chiefs of Staff", "KOR", occ=0),
 C("6,000 more personnel", "PRK", "deployed", 6000, "exact", "planned", "Kursk", "Kyrylo Budanov", "UKR"),
 C("1,000 deminers", "PRK", "deployed", 1000, "exact", "planned", "Kursk", "Kyrylo Budanov", "UKR"),
 C("5,000 military builders", "PRK", "deployed", 5000, "exact", "planned", "Kursk", "Kyrylo Budanov", "UKR"),
 C("around 600", "PRK", "killed", 600, "approx", "total", None, "Joint Chiefs", "KOR"),
 C("at least 1,500", "PRK", "killed", 1500, "at_least", "total", None, "HUR", "UKR"),
 C("a few thousand", "PRK", "deployed", None, "approx", "total", "Russia", "Rachel Minsky", None, opt=(2000, 9000), note="vague: a few thousand"),
]),

dict(source="Nile Dispatch", publishedAt="2025-05-19T17:20:00Z",
title="Army says 300 RSF fighters killed in El Fasher assault",
text="""EL FASHER -- Sudan's army said on Monday it had repelled a large assault by the paramilitary Rapid Support Forces (RSF) on El Fasher, the last army-held city in Darfur, killing more than 300 RSF fighters.

"Our forces and the joint forces of the armed movements destroyed 45 combat vehicles and killed more than 300 of the rebel militia," army spokesman Brig. Gen. Nabil Abdallah said in a statement.

The RSF gave a different account. Its media office said its fighters had captured 75 soldiers of the army and allied groups, and published a video showing dozens of men sitting on the ground with their hands tied. The footage could not be independently verified.

Doctors at the Saudi Hospital, the only partially functioning hospital in the city, said at least 27 civilians had been killed by shelling and 130 wounded. The Sudan Doctors Network said a 4-year-old girl was among the dead.

The International Organization for Migration said 400,000 people had fled the nearby Zamzam camp since April and that about 1.1 million people are now displaced in North Darfur state alone. The UN's World Food Programme said only 11 trucks had reached the city in three months.

"Every week we say the situation cannot get worse, and every week it does," said Clementine Nkweta-Salami, the UN's humanitarian coordinator for Sudan, at a press conference in Port Sudan.

The war, which began in April 2023, has killed tens of thousands of people and displaced more than 12 million, according to UN figures. The RSF has besieged El Fasher since May 2024.

Western diplomats said talks planned for June in Jeddah had been postponed.""",
claims=[
 C("more than 300 RSF fighters", "rsf", "killed", 300, "at_least", "total", "El Fasher", "army spokesman Brig. Gen. Nabil Abdallah", "SDN", note="one assault, no increment wording: total under the literal reading"),
 C("75 soldiers", "SDN", "captured", 75, "exact", "total", "El Fasher", "RSF media office", "rsf"),
 C("dozens of men", "SDN", "captured", None, "approx", "total", "El Fasher", None, None, opt=(24, 99), note="vague: dozens in video"),
]),

dict(source="Levant Press Wire", publishedAt="2024-12-30T11:05:00Z",
title="Israel says it has killed about 20,000 Hamas fighters, orders new call-up",
text="""JERUSALEM, Dec 30 (LPW) - The Israeli military said on Monday it had killed about 20,000 Hamas fighters since the start of the war in Gaza in October 2023, as the government approved a new call-up of reservists for operations in the north of the enclave.

"We estimate that around 20,000 terrorists have been eliminated, including most of the commanders of the Qassam Brigades' battalions," an IDF spokesman told reporters. He did not say how the figure was calculated, and it could not be verified.

The cabinet approved an order allowing the military to call up as many as 60,000 reservists over the coming two months, a government official said. Israel's army chief, Lt. Gen. Herzi Halevi, said the military was "stretched" after more than 440 days of fighting.

The Hamas-run health ministry in Gaza said on Monday that 45,514 Palestinians had been killed in the war, without distinguishing between civilians and combatants, and more than 108,000 wounded. It said 28 people had been killed in the previous 24 hours.

In Beit Lahiya, civil defence officials said an airstrike on a school housing displaced families killed 11 people. The IDF said it had struck a "command and control centre".

The UN agency for Palestinian refugees, UNRWA, said 1.9 million people, about 90% of Gaza's population, had been displaced, and that only 2,400 aid trucks entered in December, against a pre-war average of 500 a day.

Qatari and Egyptian mediators said negotiations on a ceasefire and the release of 100 hostages still held in Gaza were continuing in Doha. A Hamas official, Bassem Naim, said the group had "shown flexibility" but accused Israel of adding new conditions.""",
claims=[
 C("about 20,000 Hamas fighters", "hamas", "killed", 20000, "approx", "total", "Gaza", "Israeli military", "ISR", note="restated as around 20,000 terrorists by IDF spokesman"),
 C("as many as 60,000 reservists", "ISR", "deployed", 60000, "at_most", "planned", "Gaza", None, None, note="unnamed government official"),
]),

dict(source="Beirut Morning Star", publishedAt="2024-11-28T08:30:00Z",
title="Lebanese army to send up to 10,000 troops south as truce takes hold",
text="""BEIRUT -- The Lebanese army said on Thursday it would deploy up to 10,000 soldiers south of the Litani River over the next 60 days under the ceasefire that took effect between Israel and Hezbollah at 4 a.m. on Wednesday.

Army commander Gen. Joseph Aoun told a meeting of the Higher Defence Council that the army would also recruit 1,500 new soldiers to fill gaps in the south, a minister who attended said.

Under the deal, brokered by the United States and France, Israeli forces have 60 days to withdraw from southern Lebanon and Hezbollah must remove its fighters and weapons from the area between the border and the Litani, about 30 km to the north.

The UN peacekeeping force UNIFIL, which has about 10,000 peacekeepers from 50 countries in the south, said it stood ready to support the Lebanese deployment. "We will adjust our activities," UNIFIL spokesman Andrea Tenenti said.

Israeli Prime Minister Benjamin Netanyahu said Israel would enforce the agreement "with an iron fist". The Israeli military said it had struck a Hezbollah rocket launcher near the village of Markaba after what it called a violation.

Lebanon's health ministry says more than 3,800 people were killed in Lebanon over 14 months of fighting, and Lebanese authorities say about 1.2 million were displaced. Many families began returning on Wednesday, clogging the coastal highway south of Sidon.

Hezbollah lawmaker Hassan Fadlallah said the group would cooperate with the army. Analysts estimate Hezbollah lost several thousand fighters in the war, though the group has not published a figure since it stopped announcing deaths in October.

A five-nation monitoring committee chaired by a U.S. general is due to meet in Naqoura next week.""",
claims=[
 C("up to 10,000 soldiers", "LBN", "deployed", 10000, "at_most", "planned", "south of the Litani River", "Lebanese army", "LBN", note="headline repeats up to 10,000 troops"),
 C("1,500 new soldiers", "LBN", "deployed", 1500, "exact", "planned", "southern Lebanon", "a minister who attended", "LBN", note="recruits; planned"),
 C("about 10,000 peacekeepers", "UN", "deployed", 10000, "approx", "total", "southern Lebanon", None, None),
 C("several thousand fighters", "hezbollah", "killed", None, "approx", "total", "Lebanon", None, None, opt=(2000, 9000), note="vague analysts estimate"),
]),

dict(source="UN OCHA Sudan", publishedAt="2025-03-04T12:00:00Z",
title="Sudan: Humanitarian snapshot, February 2025",
text="""KEY FIGURES

The humanitarian situation in Sudan continued to deteriorate in February, with fighting in North Darfur, South Kordofan and the Blue Nile region driving new displacement and cutting off supply routes, the Office for the Coordination of Humanitarian Affairs said in its monthly snapshot.

Some 12.5 million people are now internally displaced or have fled to neighbouring countries, including 3.8 million refugees in Chad, Egypt and South Sudan. In February alone, the Displacement Tracking Matrix recorded 210,000 newly displaced people, 60 percent of them children.

Famine conditions have been confirmed in five areas, including Zamzam, Abu Shouk and Al Salam camps, and are projected in another five by May. An estimated 24.6 million people face acute food insecurity.

The cholera outbreak that began in August has caused 54,000 suspected cases and 1,400 deaths in 12 of the country's 18 states. Partners vaccinated 1.6 million people in Kassala and Gedaref in February.

"Access remains the single biggest constraint," said a senior OCHA official in Port Sudan. "We had 700 trucks waiting at the Adre crossing at one point this month."

The 2025 Humanitarian Response Plan seeks $4.2 billion to reach 20.9 million people; it is 6.3 percent funded. The World Food Programme said it had reached 2.4 million people in February, up from 1.9 million in January.

Eleven aid workers have been killed since January, according to the Aid Worker Security Database, and at least 80 health facilities have been attacked since the war began in April 2023.

The UN Security Council is scheduled to discuss Resolution 2736 on El Fasher on March 12. The next snapshot will be published in early April.""",
claims=[]),
]
