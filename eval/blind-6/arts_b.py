from build import C

ARTICLES = [
dict(source="Arabian Sea News", publishedAt="2025-04-02T19:45:00Z",
title="Houthis claim mobilisation of 200,000 fighters as US strikes continue",
text="""SANAA/DUBAI, April 2 (ASN) - Yemen's Houthi movement said on Wednesday it had mobilised 200,000 fighters to confront what it called "American-Zionist aggression", after a third week of U.S. air strikes on the group's positions.

"Two hundred thousand mujahideen are ready on all fronts, and more are registering every day," Houthi military spokesman Yahya Saree said in a televised speech. The figure could not be verified, and Yemeni government officials dismissed it as propaganda.

U.S. Central Command said its strikes had hit more than 100 targets since March 15, including radar sites, drone workshops and missile storage facilities. A U.S. official, speaking on condition of anonymity, said the strikes had killed dozens of Houthi fighters, including several senior drone operators.

The Pentagon said it had ordered a second aircraft carrier, the USS Carl Vinson, to the region, and that the United States now had roughly 40,000 troops in the Middle East. Defense Secretary Pete Hegseth said the campaign would continue "until the Houthis stop shooting at ships."

The Houthi-run health ministry said 61 civilians had been killed in the strikes, including 14 children. Residents of Saada said power had been cut to 70% of the city.

Since November 2023, the Houthis have attacked more than 100 merchant vessels in the Red Sea and Gulf of Aden, sinking two and seizing one, the Galaxy Leader, whose 25 crew members were released in January. Shipping traffic through the Suez Canal remains about 60% below 2023 levels, the canal authority said.

Saudi Arabia, which fought the Houthis from 2015 until a truce in 2022, called for restraint. The UN envoy, Hans Grundberg, said he was "deeply concerned" and urged all sides to protect civilians.""",
claims=[
 C("200,000 fighters", "houthis", "deployed", 200000, "exact", "total", "Yemen", "Yahya Saree", "houthis", note="also Two hundred thousand mujahideen in quote"),
 C("dozens of Houthi fighters", "houthis", "killed", None, "approx", "total", "Yemen", None, None, opt=(24, 99), note="vague dozens"),
 C("roughly 40,000 troops", "USA", "deployed", 40000, "approx", "total", "Middle East", "Pentagon", "USA"),
]),

dict(source="Hiiraan Weekly", publishedAt="2025-06-10T10:10:00Z",
title="Army says 47 al-Shabaab fighters killed in Middle Shabelle",
text="""MOGADISHU - Somali forces backed by international partners killed 47 al-Shabaab fighters in an operation near the town of Adan Yabaal in Middle Shabelle region, the Ministry of Information said on Tuesday.

Deputy Information Minister Abdirahman Yusuf Omar Adala told reporters that the operation, which began on Sunday, had also destroyed three vehicles fitted with heavy machine guns. "The terrorists suffered heavy losses," he said, adding that five soldiers had been wounded.

Al-Shabaab, which is linked to al-Qaeda, said in a statement on its Andalus radio station that it had repelled the attack and killed 20 government soldiers. Neither claim could be verified.

The fighting comes as the African Union Support and Stabilisation Mission in Somalia (AUSSOM), which replaced the previous mission in January, struggles with funding. The UN Security Council has authorised AUSSOM to deploy up to 11,911 uniformed personnel, but diplomats say the mission faces a shortfall of about $96 million for 2025.

A report by the UN Panel of Experts estimated that al-Shabaab has between 7,000 and 12,000 fighters and raises some $150 million a year through taxation and extortion.

"Without predictable financing the gains of the last two years are at risk," said Mohamed El-Amine Souef, the head of the mission, at a ceremony in Mogadishu where 62 peacekeepers received medals.

Aid agencies say 3.5 million people are displaced inside Somalia. Drought has affected 4.4 million, and the 2025 humanitarian appeal of $1.4 billion is 12 percent funded.

Parliament is due to vote in July on a new electoral law, which President Hassan Sheikh Mohamud says will pave the way for one-person, one-vote elections in 2026.""",
claims=[
 C("47 al-Shabaab fighters", "al-shabaab", "killed", 47, "exact", "total", "Middle Shabelle", "Ministry of Information", "SOM"),
 C("five soldiers", "SOM", "wounded", 5, "exact", "total", "Middle Shabelle", "Abdirahman Yusuf Omar Adala", "SOM"),
 C("20 government soldiers", "SOM", "killed", 20, "exact", "total", "Middle Shabelle", "al-Shabaab", "al-shabaab"),
 C("up to 11,911 uniformed personnel", "AU", "deployed", 11911, "at_most", "planned", "Somalia", "UN Security Council", "UN", note="authorised ceiling; planned"),
 C("62 peacekeepers", "AU", "deployed", 62, "exact", "total", "Mogadishu", None, None, opt=(62, 62), note="medal recipients: optional"),
 C("between 7,000 and 12,000 fighters", "al-shabaab", "deployed", 7000, "range", "total", "Somalia", "UN Panel of Experts", "UN", high=12000),
]),

dict(source="Agence Sahel Info", publishedAt="2025-07-08T16:30:00Z",
title="Mali: JNIM claims deadly attack on army camp near Kayes",
text="""BAMAKO, 8 July (ASI) - The al-Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed on Tuesday to have killed 30 Malian soldiers in a dawn attack on a military camp near Diboli, close to the Senegalese border, while the army said eight of its soldiers had died.

In a statement published by its az-Zallaqa media arm, JNIM said its fighters had also seized "dozens" of weapons and four armoured vehicles. The Malian Armed Forces (FAMa) said in a communiqué that it had "neutralised more than 80 terrorists" during the counter-attack.

The army's general staff put its own losses at eight soldiers killed and 13 wounded.

Russia's Africa Corps, which took over from the Wagner group in June, has about 2,000 personnel in Mali, according to a European security official. The Russian defence ministry has never given a figure.

"The attacks in the west are new and very worrying for the economy," said Baba Dakono, a Bamako-based analyst. About 70% of Mali's fuel imports pass through the Dakar-Bamako corridor.

The attack coincided with strikes on six other towns in the Kayes and Nioro regions. The Kayes governor imposed a curfew from 9 p.m. to 6 a.m. Schools in 14 communes were closed.

According to the conflict monitor ACLED, more than 1,200 people were killed in political violence in Mali in the first half of 2025. The UN refugee agency says 380,000 people are internally displaced.

The military government of Gen. Assimi Goïta, in power since 2020, expelled the UN peacekeeping mission MINUSMA in 2023 and left the ECOWAS bloc in January.""",
claims=[
 C("30 Malian soldiers", "MLI", "killed", 30, "exact", "total", "Diboli", "JNIM", "jnim"),
 C("eight of its soldiers", "MLI", "killed", 8, "exact", "total", "Diboli", "Malian army", "MLI", note="restated: eight soldiers killed"),
 C("13 wounded", "MLI", "wounded", 13, "exact", "total", "Diboli", "army's general staff", "MLI"),
 C("more than 80 terrorists", "jnim", "killed", 80, "at_least", "total", "Diboli", "Malian Armed Forces (FAMa)", "MLI", note="neutralised read as killed"),
 C("about 2,000 personnel", "RUS", "deployed", 2000, "approx", "total", "Mali", None, None, note="unnamed European security official"),
]),

dict(source="Nigerian Army Public Relations", publishedAt="2025-09-15T13:00:00Z",
title="PRESS RELEASE: Troops of Operation Hadin Kai neutralise 53 ISWAP terrorists",
text="""HEADQUARTERS, NIGERIAN ARMY
DEPARTMENT OF ARMY PUBLIC RELATIONS

PRESS RELEASE

TROOPS OF OPERATION HADIN KAI NEUTRALISE 53 ISWAP TERRORISTS, RESCUE 19 HOSTAGES

1. In continuation of clearance operations in the North East, gallant troops of Operation HADIN KAI on 13 September 2025 repelled an attack by Islamic State West Africa Province (ISWAP) terrorists on the Forward Operating Base at Marte, Borno State, killing 53 of the terrorists.

2. In a related development, troops of 21 Special Armoured Brigade arrested 12 Boko Haram logistics suppliers and fighters at Bama, and rescued 19 hostages, mostly women and children, who have since been handed over to the Borno State Government.

3. Items recovered include 24 AK-47 rifles, two gun trucks, 1,500 rounds of 7.62mm ammunition and three motorcycles.

4. Regrettably, two gallant soldiers paid the supreme price while six others were wounded and are receiving treatment at the 7 Division Hospital, Maimalari Cantonment.

5. The Chief of Army Staff, Lt Gen Olufemi Oluyede, commends the troops and urges members of the public to continue to provide credible information. He further notes that since January, a total of 1,400 Boko Haram and ISWAP fighters and their families have surrendered to troops in the theatre.

6. The Nigerian Army remains committed to the protection of lives and property. The Army also wishes to announce that 340 cadets of the 72 Regular Course will graduate from the Nigerian Defence Academy, Kaduna on 27 September 2025.

Signed:
Appolonia Anele
Colonel
Acting Director Army Public Relations
15 September 2025""",
claims=[
 C("killing 53 of the terrorists", "iswap", "killed", 53, "exact", "total", "Marte", "Nigerian Army", "NGA", note="also headline 53 ISWAP terrorists"),
 C("12 Boko Haram logistics suppliers and fighters", "boko-haram", "captured", 12, "exact", "total", "Bama", "Nigerian Army", "NGA", opt=(12, 12), note="arrested, mixed suppliers and fighters: optional"),
 C("two gallant soldiers", "NGA", "killed", 2, "exact", "total", "Marte", "Nigerian Army", "NGA"),
 C("six others", "NGA", "wounded", 6, "exact", "total", "Marte", "Nigerian Army", "NGA"),
 C("1,400 Boko Haram and ISWAP fighters and their families", "boko-haram", "captured", 1400, "exact", "total", "North East", "Lt Gen Olufemi Oluyede", "NGA", opt=(1400, 1400), note="surrendered, includes families, mixed groups: optional"),
 C("340 cadets", "NGA", "deployed", 340, "exact", "planned", "Kaduna", "Nigerian Army", "NGA", opt=(340, 340), note="graduating cadets: not a deployment, optional"),
]),

dict(source="Great Lakes Wire", publishedAt="2025-02-07T15:40:00Z",
title="UN experts say up to 4,000 Rwandan troops fighting alongside M23",
text="""GOMA, Democratic Republic of Congo, Feb 7 (GLW) - Between 3,000 and 4,000 Rwandan troops are operating inside eastern Congo alongside the M23 rebels who seized the city of Goma last week, according to a confidential report by UN experts seen by GLW.

The Group of Experts on the DRC said the Rwanda Defence Force had "de facto control" of M23 operations. Rwanda denies supporting the rebels; government spokeswoman Yolande Makolo said the report was "recycled fiction".

The experts also said about 10,000 Burundian soldiers were deployed in South Kivu to support the Congolese army, the FARDC. Burundi's government has acknowledged only a "limited" presence.

The UN peacekeeping mission MONUSCO, which has some 11,000 peacekeepers in the country, said its bases in Goma were sheltering 2,000 people, including Congolese soldiers who had surrendered their weapons.

South Africa's defence ministry said 14 South African soldiers were killed in the fighting for Goma, serving with the UN mission and with a regional force of the Southern African Development Community. President Cyril Ramaphosa said the roughly 1,300 South African troops in Congo would remain for now.

The Congolese health ministry said about 3,000 bodies had been recovered in Goma, most of them civilians. The World Health Organization said hospitals had treated 2,800 wounded.

"Goma has no water and no electricity for a million people," said Bruno Lemarquis, the UN's humanitarian coordinator, speaking by video from Kinshasa.

M23 leader Corneille Nangaa told a rally at the city's stadium, attended by several thousand people, that the rebels would march on Bukavu, 100 km to the south, and "all the way to Kinshasa".

Angola's President João Lourenço has called for a summit of East African and southern African leaders in Dar es Salaam next week.""",
claims=[
 C("Between 3,000 and 4,000 Rwandan troops", "RWA", "deployed", 3000, "range", "total", "eastern Congo", "UN experts", "UN", high=4000, note="headline up to 4,000 same claim"),
 C("about 10,000 Burundian soldiers", "BDI", "deployed", 10000, "approx", "total", "South Kivu", "Group of Experts on the DRC", "UN"),
 C("some 11,000 peacekeepers", "UN", "deployed", 11000, "approx", "total", "Congo", None, None),
 C("14 South African soldiers", "ZAF", "killed", 14, "exact", "total", "Goma", "South Africa's defence ministry", "ZAF"),
 C("roughly 1,300 South African troops", "ZAF", "deployed", 1300, "approx", "total", "Congo", "Cyril Ramaphosa", "ZAF"),
]),

dict(source="Irrawaddy Mirror", publishedAt="2024-12-22T07:50:00Z",
title="Arakan Army says it captured over 300 junta soldiers in Ann",
text="""The Arakan Army (AA) said on Sunday it had captured more than 300 junta soldiers, including a brigadier general, after overrunning the headquarters of the regime's Western Command in Ann Township, Rakhine State.

"More than 300 prisoners of war, including the commander and his staff, are in our custody and are being treated according to international law," AA spokesman Khine Thu Kha told the Irrawaddy Mirror by phone. He said the group's fighters had also seized 60 artillery pieces and large amounts of ammunition.

The junta's spokesman, Maj. Gen. Zaw Min Tun, did not respond to requests for comment. State-run television said only that "security forces" were continuing operations "to protect the people".

The fall of Ann leaves the military controlling only three of Rakhine's 17 townships, according to the AA. It is the second regional command lost by the military after the Northeastern Command in Lashio fell to another ethnic armed group in August.

To replace its losses, the regime has stepped up conscription under a law activated in February, announcing that it would call up 5,000 people a month. Rights groups say young men have been seized from trains and teashops.

Residents of Sittwe, the state capital, said rice prices had risen 300% since November, and the World Food Programme warned that two million people in Rakhine faced starvation. An estimated 3.5 million people are displaced across Myanmar.

The UN's special rapporteur, Tom Andrews, said the junta's air strikes had killed more than 1,600 civilians in 2024. The military has said elections will be held in phases from December 2025.""",
claims=[
 C("more than 300 junta soldiers", "MMR", "captured", 300, "at_least", "total", "Ann Township", "Arakan Army", "arakan-army", note="also More than 300 prisoners of war"),
 C("5,000 people a month", "MMR", "deployed", 5000, "exact", "planned", "Myanmar", "the regime", "MMR", opt=(5000, 5000), note="conscripts per month, not a troop count: optional"),
]),

dict(source="Nikko Keizai Weekly", publishedAt="2025-12-27T02:00:00Z",
title="Cabinet approves record ¥9 trillion defense budget",
text="""TOKYO -- Japan's Cabinet on Friday approved a record defense budget of ¥9.04 trillion ($57.8 billion) for the fiscal year starting April 2026, the fourth straight annual increase under a five-year plan to double security spending to 2% of gross domestic product by 2027.

The draft, which still needs parliamentary approval, includes ¥940 billion for "stand-off" missiles that can strike enemy bases, among them upgraded Type-12 surface-to-ship missiles with a range of about 1,000 kilometers and additional U.S.-made Tomahawk cruise missiles. Japan has agreed to buy 400 Tomahawks.

It also sets aside ¥313 billion for drones, including unmanned surface vessels, and ¥180 billion for the development of a next-generation fighter with Britain and Italy, known as GCAP, due to fly in 2035.

"The security environment surrounding Japan is the most severe and complex since the end of the war," Defense Minister Shinjiro Koizumi told reporters. He cited China's 9.8% increase in military spending this year and North Korea's tests of the Hwasong-19 missile.

To address a long-running recruitment problem, the ministry will raise allowances by up to 30% and spend ¥12 billion on housing at bases. Officials did not give recruitment targets.

Finance Ministry officials said the budget would be partly funded by a corporate tax surcharge of 4% from April 2026 and a tobacco tax increase from 2027.

Opposition lawmakers from the Constitutional Democratic Party said the increase was "hollow" without a plan to keep personnel. Sankei Research polling in December found 52% of voters supported the spending, up from 47% a year ago.

Prime Minister Sanae Takaichi has said she wants to bring forward the 2% target and review the country's three security documents in 2026.""",
claims=[]),

dict(source="Bahir Dar Tribune", publishedAt="2025-10-05T18:00:00Z",
title="Fano says 120 federal soldiers killed near Debre Markos; government claims 300 fighters dead",
text="""BAHIR DAR - Fano militia fighters said on Saturday they had killed 120 soldiers of the Ethiopian National Defense Force (ENDF) in three days of fighting around Debre Markos in the East Gojjam zone, in one of the heaviest clashes in the Amhara region this year.

A spokesman for the Amhara Fano National Movement, Asres Mare, said the militia had also captured 45 soldiers and seized two trucks of ammunition. "The regime is sending young conscripts to die," he said.

The federal government's Government Communication Service gave a different account, saying security forces had "eliminated more than 300 extremist Fano fighters" and that 25 had surrendered. It did not give any figures for its own losses.

Residents reached by phone said at least 40 civilians had been killed, many in drone strikes on market days. A health worker at Debre Markos Referral Hospital said staff had treated 150 patients with gunshot and shrapnel wounds, but could not say how many were combatants.

The Ethiopian Human Rights Commission, a state-affiliated body, called on both sides to protect civilians. Internet services in the region have been largely cut since August 2023, when a state of emergency was declared.

The conflict began after the federal government moved to integrate regional special forces into the army and police following the 2022 Pretoria agreement that ended the war in Tigray. The UN estimates that 1.5 million people in Amhara need food aid, and that 4,000 schools have been damaged or closed.

Prime Minister Abiy Ahmed said in parliament last month that "the door to peace is open". Fano leaders have rejected talks unless troops withdraw.""",
claims=[
 C("120 soldiers", "ETH", "killed", 120, "exact", "total", "Debre Markos", "Fano militia fighters", "fano"),
 C("45 soldiers", "ETH", "captured", 45, "exact", "total", "Debre Markos", "Asres Mare", "fano"),
 C("more than 300 extremist Fano fighters", "fano", "killed", 300, "at_least", "total", "Debre Markos", "Government Communication Service", "ETH", note="eliminated read as killed"),
 C("25 had surrendered", "fano", "captured", 25, "exact", "total", "Debre Markos", "Government Communication Service", "ETH", opt=(25, 25), note="surrendered: optional"),
]),
]
