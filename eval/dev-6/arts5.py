from common import A, c

ARTS = []

ARTS.append(A("d6-33", "Dawn", "2025-03-13T04:00:00Z",
"Security forces end train siege in Bolan; BLA claims heavy losses for army",
"""QUETTA: Security forces on Wednesday evening ended a 28-hour siege of a passenger train hijacked by militants of the banned Balochistan Liberation Army (BLA) in the Bolan Pass, freeing more than 300 passengers, officials said.

In a statement, the Inter-Services Public Relations (ISPR) said all 29 terrorists involved in the attack had been killed, and that 16 soldiers and paramilitary personnel were martyred, some of them travelling on the train while off duty. Twenty-one hostages in total lost their lives, according to the statement.

The BLA, in a message to journalists, claimed that its fighters had killed 110 soldiers and that the army's figures were "lies". The group has not provided evidence for its claim.

The Jaffar Express, carrying about 410 passengers in 9 coaches, was travelling from Quetta to Peshawar when it was stopped by an explosion on the track near a tunnel on Tuesday afternoon.

"Those who target innocent passengers have no place in Balochistan," the provincial chief minister told the Balochistan Assembly, announcing compensation of Rs1.5 million for the families of each victim.

Pakistan recorded 1,081 terrorism-related deaths in 2024, according to the Global Terrorism Index, making it the second most affected country. Railway services to and from Quetta were suspended for 4 days.""",
[
 c("bla", "killed", 29, "all 29 terrorists", loc="Bolan Pass", to="ISPR", party="PAK"),
 c("PAK", "killed", 16, "16 soldiers and paramilitary personnel", loc="Bolan Pass", to="ISPR", party="PAK"),
 c("PAK", "killed", 110, "killed 110 soldiers", loc="Bolan Pass", to="The BLA", party="bla"),
]))

ARTS.append(A("d6-34", "ABC News", "2025-04-08T02:30:00Z",
"US Marines arrive in Darwin for 14th rotation, with numbers to climb to 2,300",
"""The first of about 1,800 United States Marines arrived in Darwin on Tuesday for this year's rotation, as Defence officials confirmed the force would grow to 2,300 by the middle of the dry season.

The Marine Rotational Force-Darwin, now in its 14th year, will bring 20 aircraft including MV-22 Osprey tilt-rotors and, for the first time, a HIMARS rocket battery, a spokesperson for the Department of Defence said.

"The rotation is a cornerstone of the Alliance," the Defence Minister said in a statement. "It helps our forces operate together in the region at scale."

The Marines will take part in Exercise Talisman Sabre in July, which is expected to involve more than 33,000 personnel from 18 nations, including Australia, the United States, Japan and for the first time India and Singapore.

The Northern Territory government said the rotation injected about $60 million into the local economy each year. Darwin's population is about 150,000.

Under the AUKUS pact, the US is also expected to station up to 4 Virginia-class submarines at HMAS Stirling near Perth from 2027. An Australian Strategic Policy Institute analyst said the Darwin rotation had been "a quiet success" since it began in 2012 with 250 Marines.

A survey by the Lowy Institute last year found 80% of Australians supported the alliance with the US.""",
[
 c("USA", "deployed", 1800, "about 1,800 United States Marines", q="approx", loc="Darwin"),
 c("USA", "deployed", 2300, "grow to 2,300", kind="planned", loc="Darwin", to="Defence officials", party="AUS"),
 c(None, "deployed", 33000, "more than 33,000 personnel from 18 nations", q="at_least", kind="planned", opt=True, vr=[33000,33000], loc="Australia", note="multinational exercise total"),
 c("USA", "deployed", 250, "began in 2012 with 250 Marines", kind="recalled", loc="Darwin", to="An Australian Strategic Policy Institute analyst", note="first rotation strength"),
]))

ARTS.append(A("d6-35", "IRNA", "2025-10-29T09:00:00Z",
"Army Ground Force begins large-scale drill in southeast with 12,000 personnel",
"""Tehran, IRNA - The Ground Force of the Islamic Republic of Iran Army launched a large-scale military exercise in the southeast of the country on Wednesday, with some 12,000 personnel taking part.

The two-day exercise, code-named "Eqtedar 1404", is being held in the general area of Makran coast and Sistan and Baluchestan province, the spokesman for the drill, Brigadier General Reza Kazemi-Nia, told IRNA. He said the drill included airborne, armoured and artillery units, as well as 60 drones and 4 helicopter squadrons.

"This exercise sends a message of peace and friendship to neighbouring countries, and a message of deterrence to enemies who think of aggression," the spokesman said.

A separate contingent of 3,000 Basij volunteers from the province will join the second phase of the exercise on Thursday, he said.

The exercise comes four months after the 12-day war with the Zionist regime in June, in which the Islamic Republic says 1,118 people were martyred. The Army Ground Force commander said last week that the force had received 250 new armoured vehicles since the war.

The Islamic Revolution Guards Corps (IRGC) has also announced plans for naval drills in the Strait of Hormuz in the Iranian month of Azar, IRNA reported.""",
[
 c("IRN", "deployed", 12000, "some 12,000 personnel", q="approx", loc="Sistan and Baluchestan", to="Ground Force of the Islamic Republic of Iran Army", party="IRN"),
 c("IRN", "deployed", 3000, "A separate contingent of 3,000 Basij volunteers", kind="planned", loc="Sistan and Baluchestan", to="Brigadier General Reza Kazemi-Nia", party="IRN", note="'will join': planned; Basij = IRN"),
]))

ARTS.append(A("d6-36", "Kyiv Independent", "2025-12-19T17:00:00Z",
"Ukraine brings home 31 civilians, including former detainees held since 2014",
"""Ukraine returned 31 civilians from Russian captivity on Friday, including 9 residents of occupied Donetsk Oblast who had been held since 2014, the Coordination Headquarters for the Treatment of Prisoners of War said.

The exchange, mediated by the United Arab Emirates, also saw 2 children returned to their families in Kyiv Oblast under a separate arrangement brokered by Qatar. In return, Ukraine handed over 25 Russian civilians, including residents of the Kursk region, the headquarters said on Telegram.

"Every returned person is a victory. We will not stop until we bring everyone home," Ukraine's human rights ombudsman said in a video address. The oldest of those freed was 74, the youngest 19.

According to Ukraine's Ombudsman office, 19,830 Ukrainian children have been deported or forcibly transferred to Russia since 2022, and only 1,480 have been returned. Kyiv estimates that at least 16,000 civilians remain in Russian detention.

The UN Human Rights Monitoring Mission in Ukraine said in its latest report that 14,120 civilians had been killed and 36,900 injured since February 2022, with 214 killed in November alone.

The previous swap, on Oct. 2, involved 185 civilians on each side, according to the headquarters. Peace talks in Istanbul in 2025 had produced 3 rounds of exchanges.""",
"NEG"))

ARTS.append(A("d6-37", "The Guardian", "2025-06-26T16:30:00Z",
"Russia-Ukraine war live: NATO summit wraps up as Poland pledges troops for border",
"""09:05 BST - Good morning and welcome to our live coverage of the war in Ukraine. Russia launched 363 drones and 8 missiles at Ukraine overnight, Ukraine's air force said, with 2 people killed in Odesa.

09:40 BST - Ukraine's General Staff says Russia has lost 1,180 troops killed or wounded in the past day, bringing its estimate of Russian losses since the invasion to 1,013,000. The figures cannot be independently verified.

10:15 BST - Poland will send an additional 5,000 soldiers to its border with Belarus by the end of the summer, the Polish defence minister told reporters in The Hague. About 6,000 soldiers are already guarding the frontier under Operation Safe Podlasie, he said.

11:02 BST - Britain's Ministry of Defence says in its daily intelligence update that Russian casualties averaged about 1,000 a day in May. It said Russia had probably recruited around 30,000 new contract soldiers a month this year.

12:30 BST - NATO leaders have agreed to spend 5% of GDP on defence by 2035, with 3.5% on core military spending. Spain secured an exemption.

13:48 BST - Ukrainian forces captured 6 Russian soldiers near Pokrovsk on Wednesday, a brigade spokesperson said. Separately, Russia's defence ministry said its forces had taken control of 2 villages in the Donetsk region.

15:10 BST - Ukraine's president says North Korea could send another 25,000 to 30,000 troops to fight for Russia, citing intelligence. South Korea's spy agency has not confirmed the figure.

16:20 BST - That's all from us today. Thank you for following.""",
[
 c("RUS", "casualties", 1180, "1,180 troops killed or wounded in the past day", kind="increment", loc="Ukraine", to="Ukraine's General Staff", party="UKR"),
 c("RUS", "casualties", 1013000, "to 1,013,000", loc="Ukraine", to="Ukraine's General Staff", party="UKR"),
 c("POL", "deployed", 5000, "an additional 5,000 soldiers", kind="planned", loc="Belarus border", to="the Polish defence minister", party="POL", note="'will send': planned beats 'additional'"),
 c("POL", "deployed", 6000, "About 6,000 soldiers", q="approx", loc="Belarus border", to="the Polish defence minister", party="POL"),
 c("RUS", "casualties", 1000, "averaged about 1,000 a day", q="approx", opt=True, vr=[1000,1000], loc="Ukraine", to="Britain's Ministry of Defence", party="GBR", note="daily average rate"),
 c("RUS", "deployed", 30000, "around 30,000 new contract soldiers a month", q="approx", opt=True, vr=[30000,30000], loc="Russia", to="Britain's Ministry of Defence", party="GBR", note="recruitment rate, not a deployment"),
 c("RUS", "captured", 6, "captured 6 Russian soldiers", loc="Pokrovsk", to="a brigade spokesperson", party="UKR"),
 c("PRK", "deployed", 25000, "another 25,000 to 30,000 troops", q="range", high=30000, kind="planned", loc="Russia", to="Ukraine's president", party="UKR"),
]))

ARTS.append(A("d6-38", "BBC News", "2025-02-24T06:00:00Z",
"Three years of war: how many Russian soldiers have died?",
"""Three years after Russia launched its full-scale invasion of Ukraine, the question of how many soldiers have died remains one of the war's most closely guarded secrets.

Moscow last gave an official figure in September 2022, when the then defence minister said 6,104 Russian servicemen had been killed. Since then, the Kremlin has called casualty figures a military secret.

The BBC Russian service and the independent outlet Mediazona, working with volunteers, have confirmed the names of 91,400 Russian soldiers killed, using obituaries, social media posts and local news reports. The true figure is likely to be far higher, the researchers say, because many deaths are never publicly reported.

Using data from Russia's inheritance register, Mediazona and Meduza estimated that between 150,000 and 170,000 Russian men had died in the war by the end of 2024.

Western governments give larger totals for killed and wounded together. A senior Western official told reporters in December that Russian casualties had passed 700,000. The UK Ministry of Defence put the figure at about 800,000 in February.

Ukraine's losses are even harder to establish. In December, Ukraine's president said 44,500 Ukrainian soldiers had been killed and 355,000 wounded, although officials in Washington have suggested the true toll is higher.

Russia's population, about 146 million, has continued to fall, and demographers estimate that hundreds of thousands of mostly young, educated people have emigrated since 2022. The war's cost to the Russian budget is estimated at $211 billion.""",
[
 c("RUS", "killed", 6104, "6,104 Russian servicemen had been killed", kind="recalled", loc="Ukraine", to="the then defence minister", party="RUS", note="2022 official figure, recalled"),
 c("RUS", "killed", 91400, "the names of 91,400 Russian soldiers killed", loc="Ukraine", to="BBC Russian service and Mediazona", note="media/volunteer count: no party"),
 c("RUS", "killed", 150000, "between 150,000 and 170,000", q="range", high=170000, loc="Ukraine", to="Mediazona and Meduza"),
 c("RUS", "casualties", 700000, "passed 700,000", q="at_least", loc="Ukraine", note="unnamed Western official: no party"),
 c("RUS", "casualties", 800000, "about 800,000 in February", q="approx", loc="Ukraine", to="UK Ministry of Defence", party="GBR"),
 c("UKR", "killed", 44500, "44,500 Ukrainian soldiers had been killed", loc="Ukraine", to="Ukraine's president", party="UKR"),
 c("UKR", "wounded", 355000, "355,000 wounded", loc="Ukraine", to="Ukraine's president", party="UKR"),
]))

ARTS.append(A("d6-39", "Eurasianet", "2025-08-09T12:00:00Z",
"Armenia and Azerbaijan initial peace deal in Washington; what's in it",
"""Armenia and Azerbaijan have initialled an 18-article peace agreement at the White House, in what both leaders described as a historic step towards ending nearly four decades of conflict.

The deal, signed on August 8 in the presence of the US president, includes a commitment to open transport links through Armenia's Syunik province, where a 42-kilometre route connecting Azerbaijan with its Nakhchivan exclave is to be developed by a US company under a 49-year arrangement, officials said.

The two countries also agreed to dissolve the OSCE Minsk Group, created in 1992 to mediate the conflict over Nagorno-Karabakh. The region's ethnic Armenian population, more than 100,000 people, fled to Armenia in September 2023 after a one-day Azerbaijani offensive.

The first war over the region, which ended in 1994, killed some 30,000 people and displaced around a million. A second war in 2020 lasted 44 days.

"We have closed the page of war," the Azerbaijani president said at a joint appearance. Armenia's prime minister called it a day "of which our children will be proud".

Still pending is a change to Armenia's constitution, which Baku demands, and which would require a referendum expected in 2027. A Caucasus Research Resource Centers poll found 48% of Armenians support the deal, while 31% oppose it.

Azerbaijan's gas exports to Europe reached 12.9 billion cubic metres last year, and a new $145 million road bridge on the Araz river is planned for 2026. Demarcation commissions have agreed 12.7 kilometres of the 1,000-kilometre border so far.""",
"NEG"))

ARTS.append(A("d6-40", "Financial Times", "2025-10-18T05:00:00Z",
"In the Central African Republic, Russia's men stay as the UN counts its cost",
"""In the market town of Bambari, the young men on motorbikes know the difference between the white UN vehicles and the unmarked pick-ups. "The blue helmets ask questions," says a trader selling fuel in plastic bottles. "The Russians don't."

Seven years after the first Russian "instructors" arrived in the Central African Republic, Moscow's footprint has outlasted the Wagner group that created it. About 1,500 Russian fighters remain in the country, according to two Western diplomats in Bangui, down from a peak of around 2,600 in 2022. The Kremlin-controlled Africa Corps is expected to take over their contracts by early next year, a Russian embassy official said, and to add 500 more men to guard gold mines in the west.

The UN's stabilisation mission, MINUSCA, remains the larger force. It has about 14,400 uniformed personnel, including some 11,900 troops, but faces a 15% cut to its $1.1 billion budget as Washington trims contributions. A UN spokesman said 8 peacekeepers had been killed this year, the deadliest since 2021.

The national army, the FACA, has grown to some 20,000 soldiers, the defence minister told parliament in September, from fewer than 8,000 before the Russians came. Critics say many recruits received only 4 weeks of training.

Against them stand the remnants of the Coalition of Patriots for Change (CPC), the rebel alliance that tried to march on Bangui in 2021. A UN panel of experts estimated the CPC's armed wings at between 3,000 and 4,000 fighters, scattered across the north and east. In July, the government announced that 2 CPC factions had signed a disarmament deal, handing in 300 weapons.

The human cost has been borne by civilians. More than 450,000 Central Africans are internally displaced and another 750,000 live as refugees in neighbouring countries, according to the UN refugee agency. Elections are due on December 28, with President Faustin-Archange Touadéra seeking a third term after a 2023 referendum scrapped term limits, approved by 95% of voters.

"The Russians gave us security in Bangui," says a civil servant who asked not to be named. "But go 50 kilometres out and nobody is in charge."

Rwanda, which has more than 2,000 troops in the country under a bilateral deal as well as in MINUSCA, is increasingly seen as the other guarantor of the government. Its contingent protects the president's residence.

For the trader in Bambari, the arithmetic is simpler. Fuel costs 1,500 CFA francs a litre, twice what it did in 2020, and the road to the capital has been cut 3 times this year.""",
[
 c("RUS", "deployed", 1500, "About 1,500 Russian fighters", q="approx", loc="Central African Republic", note="Wagner/Africa Corps = RUS; unnamed Western diplomats"),
 c("RUS", "deployed", 2600, "a peak of around 2,600 in 2022", q="approx", kind="recalled", loc="Central African Republic", note="unnamed Western diplomats"),
 c("RUS", "deployed", 500, "add 500 more men", kind="planned", loc="western Central African Republic", to="a Russian embassy official", party="RUS"),
 c("UN", "deployed", 14400, "about 14,400 uniformed personnel", q="approx", loc="Central African Republic", note="MINUSCA"),
 c("UN", "deployed", 11900, "some 11,900 troops", q="approx", loc="Central African Republic"),
 c("UN", "killed", 8, "8 peacekeepers had been killed", loc="Central African Republic", to="A UN spokesman", party="UN"),
 c("CAF", "deployed", 20000, "some 20,000 soldiers", q="approx", loc="Central African Republic", to="the defence minister", party="CAF"),
 c("CAF", "deployed", 8000, "fewer than 8,000 before the Russians came", q="at_most", kind="recalled", loc="Central African Republic", to="the defence minister", party="CAF"),
 c("cpc", "deployed", 3000, "between 3,000 and 4,000 fighters", q="range", high=4000, loc="Central African Republic", to="A UN panel of experts", party="UN"),
 c("RWA", "deployed", 2000, "more than 2,000 troops", q="at_least", loc="Central African Republic"),
]))
