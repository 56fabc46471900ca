from common import A, c

ARTS = []

ARTS.append(A("d6-01", "Ukrinform", "2025-11-14T07:40:00Z",
"General Staff: Russia has lost about 1,149,820 troops since start of full-scale invasion",
"""KYIV, November 14 (Ukrinform) - The General Staff of the Armed Forces of Ukraine has updated its estimate of the Russian army's combat losses since February 24, 2022.

According to the General Staff, total enemy combat losses from 24.02.22 to 14.11.25 are approximately: personnel - about 1,149,820 (+1,160) persons; tanks - 11,297 (+3); armoured combat vehicles - 23,488 (+9); artillery systems - 34,212 (+41); MLRS - 1,544 (+1); air defence systems - 1,247; aircraft - 428; helicopters - 347; operational-tactical UAVs - 81,770 (+226); cruise missiles - 3,912; warships/boats - 28; submarines - 1; vehicles and fuel tanks - 67,455 (+88); special equipment - 3,990 (+2).

"The data are being updated," the General Staff said in its morning post on Facebook.

Over the past day, 164 combat engagements were recorded along the front line, 57 of them in the Pokrovsk direction, where Ukrainian defenders repelled assaults near 11 settlements, the General Staff said in a separate operational update.

In the Kupiansk direction, soldiers of a mechanised brigade took 11 Russian servicemen prisoner over the past day, the brigade said on its Telegram channel, posting a video of the men being escorted from a forest belt. The brigade did not say how many of its own soldiers had been hurt.

Russian forces also launched 2 missiles and 96 attack drones overnight, the Air Force said, of which 71 were shot down or suppressed. Regional authorities in Dnipropetrovsk said three civilians, including a 14-year-old girl, were wounded.""",
[
 c("RUS", "casualties", 1149820, "about 1,149,820", q="approx", loc="Ukraine", to="General Staff of the Armed Forces of Ukraine", party="UKR", note="cumulative personnel losses"),
 c("RUS", "casualties", 1160, "(+1,160) persons", kind="increment", loc="Ukraine", to="General Staff of the Armed Forces of Ukraine", party="UKR", note="daily increment in the losses table"),
 c("RUS", "captured", 11, "took 11 Russian servicemen prisoner", kind="increment", loc="Kupiansk", to="a mechanised brigade", party="UKR", note="Ukrainian brigade says over the past day"),
]))

ARTS.append(A("d6-02", "TASS", "2025-10-03T11:20:00Z",
"Ukrainian army loses up to 1,285 troops in past day in special military operation zone",
"""MOSCOW, October 3. /TASS/. Ukrainian forces lost up to 1,285 servicemen over the past 24 hours in all areas of the special military operation, the Russian Defence Ministry reported on Friday.

"Units of the Sever battlegroup improved their tactical position and inflicted defeat on formations of two mechanised brigades of the Ukrainian armed forces. The enemy lost up to 190 servicemen, a tank and three pickup trucks," the ministry said in its daily summary.

The Zapad battlegroup liberated the settlement of Stepove, and Ukrainian losses in its area amounted to up to 195 servicemen and 6 field artillery guns, the ministry said.

According to the summary, the Yug battlegroup's area saw enemy losses of up to 205 servicemen, while the Tsentr battlegroup inflicted losses of up to 440 servicemen on the enemy in the Krasnoarmeysk direction. The Vostok battlegroup's area accounted for up to 255 Ukrainian servicemen, two armoured vehicles and an electronic warfare station.

The ministry added that 13 Ukrainian servicemen had laid down their arms and surrendered in the Kharkov direction over the past day.

Air defence forces shot down four guided aerial bombs, two HIMARS rockets and 212 fixed-wing drones over the past day, the ministry said.

In total, 671 aircraft, 289 helicopters, 98,740 unmanned aerial vehicles, 638 surface-to-air missile systems and 25,960 tanks and other armoured combat vehicles have been destroyed since the start of the special military operation, according to the ministry.""",
[
 c("UKR", "casualties", 1285, "up to 1,285 servicemen", q="at_most", kind="increment", loc="Ukraine", to="Russian Defence Ministry", party="RUS"),
 c("UKR", "casualties", 190, "up to 190 servicemen", q="at_most", kind="increment", to="Russian Defence Ministry", party="RUS", note="Sever battlegroup area"),
 c("UKR", "casualties", 195, "up to 195 servicemen", q="at_most", kind="increment", to="Russian Defence Ministry", party="RUS", note="Zapad"),
 c("UKR", "casualties", 205, "up to 205 servicemen", q="at_most", kind="increment", to="Russian Defence Ministry", party="RUS", note="Yug"),
 c("UKR", "casualties", 440, "up to 440 servicemen", q="at_most", kind="increment", loc="Krasnoarmeysk", to="Russian Defence Ministry", party="RUS", note="Tsentr"),
 c("UKR", "casualties", 255, "up to 255 Ukrainian servicemen", q="at_most", kind="increment", to="Russian Defence Ministry", party="RUS", note="Vostok"),
 c("UKR", "captured", 13, "13 Ukrainian servicemen had laid down their arms", kind="increment", loc="Kharkov", to="Russian Defence Ministry", party="RUS", note="surrendered = captured"),
]))

ARTS.append(A("d6-03", "Yonhap", "2025-09-04T06:15:00Z",
"N. Korea sends 6,400 more troops to Russia's Kursk for demining: NIS",
"""SEOUL, Sept. 4 (Yonhap) -- North Korea has sent around 6,400 more troops to Russia's Kursk region to clear mines and rebuild infrastructure, South Korea's spy agency told lawmakers Thursday.

The National Intelligence Service (NIS) said in a closed-door briefing that the new contingent, made up of combat engineers and military construction units, arrived in several groups from late July, according to Rep. Han Ji-soo of the parliamentary intelligence committee, who spoke to reporters afterwards.

Of the roughly 16,500 North Korean soldiers dispatched to Russia since October last year, about 5,100 have become casualties, including some 2,300 killed, the NIS was quoted as saying. The agency had put the number of North Korean troops in Russia at 11,500 in its briefing in January.

Pyongyang is also preparing to send a further 5,500 military construction personnel by the end of the year, the agency said, adding that it was closely watching whether they would be used near the front.

The NIS estimated that the North has shipped more than 10 million artillery shells and around 180 artillery pieces to Russia, and that it may be receiving help with satellite and submarine technology in return.

North Korea's official Korean Central News Agency (KCNA) has not mentioned the new deployment. In April, leader Kim Jong-un acknowledged for the first time that his troops had fought in Kursk and said a memorial would be built in Pyongyang.

Seoul's defence ministry said a day earlier that its military remained on high alert along the inter-Korean border, where North Korean soldiers have been building walls and laying mines across a 250-kilometre stretch.""",
[
 c("PRK", "deployed", 6400, "around 6,400 more troops", q="approx", kind="increment", loc="Kursk", to="National Intelligence Service", party="KOR"),
 c("PRK", "deployed", 16500, "roughly 16,500 North Korean soldiers", q="approx", loc="Russia", to="National Intelligence Service", party="KOR"),
 c("PRK", "casualties", 5100, "about 5,100 have become casualties", q="approx", loc="Russia", to="National Intelligence Service", party="KOR"),
 c("PRK", "killed", 2300, "some 2,300 killed", q="approx", loc="Russia", to="National Intelligence Service", party="KOR"),
 c("PRK", "deployed", 11500, "at 11,500 in its briefing in January", kind="recalled", loc="Russia", to="National Intelligence Service", party="KOR", note="earlier NIS figure only recalled"),
 c("PRK", "deployed", 5500, "a further 5,500 military construction personnel", kind="planned", loc="Russia", to="National Intelligence Service", party="KOR", note="preparing to send: planned beats 'further'"),
]))

ARTS.append(A("d6-04", "IDF Spokesperson's Unit", "2024-06-18T15:00:00Z",
"IDF update: troops continue operating in Rafah and central Gaza",
"""Over the past day, IDF troops continued operational activity in the area of Rafah, eliminating approximately 20 terrorists in close-quarters encounters and aerial strikes, and locating weapons, including rifles, grenades and explosive devices.

Troops of the 162nd Division located a tunnel shaft approximately 300 metres long near the Philadelphi Corridor and dismantled it. In central Gaza, an IDF aircraft struck a military structure from which Hamas terrorists had fired at troops.

Since the beginning of the war, the IDF has eliminated more than 13,600 terrorists in the Gaza Strip, the IDF Spokesperson said in a statement to foreign press.

The IDF announces the names of two soldiers who fell in combat in the southern Gaza Strip: Staff Sergeant A., 20, from Haifa, and Sergeant First Class R., 22, from Modi'in, both of the Givati Brigade. Their deaths bring to 298 the number of soldiers killed since the start of the ground operation. In the same incident, three soldiers were severely injured and evacuated to hospital. Their families have been notified.

Meanwhile, 146 trucks carrying humanitarian aid entered the Gaza Strip through the Kerem Shalom crossing yesterday, COGAT said, and 2 field hospitals are operating in the Al-Mawasi area. The IDF reiterated its call on residents of eastern Khan Younis to move temporarily to the humanitarian zone.

The IDF continues to act to return the 116 hostages still held in Gaza.""",
[
 c("hamas", "killed", 20, "approximately 20 terrorists", q="approx", kind="increment", loc="Rafah", to="IDF", party="ISR", note="'over the past day'; terrorists in Gaza counted as Hamas"),
 c("hamas", "killed", 13600, "more than 13,600 terrorists", q="at_least", loc="Gaza Strip", to="IDF Spokesperson", party="ISR"),
 c("ISR", "killed", 298, "bring to 298 the number of soldiers killed", loc="Gaza", to="IDF", party="ISR"),
 c("ISR", "killed", 2, "two soldiers who fell in combat", loc="southern Gaza Strip", to="IDF", party="ISR", note="event toll: total"),
 c("ISR", "wounded", 3, "three soldiers were severely injured", loc="southern Gaza Strip", to="IDF", party="ISR"),
]))

ARTS.append(A("d6-05", "AFP", "2025-08-27T13:05:00Z",
"Lebanon army deploys extra troops south of Litani as Israeli strikes continue",
"""BEIRUT (AFP) - The Lebanese army said Wednesday it had deployed 1,500 additional soldiers south of the Litani river, as Israeli strikes on the south killed three people despite a ceasefire that took effect in November 2024.

The reinforcements bring to around 7,500 the number of troops in the border area, an army statement said, adding that the government aimed to recruit 4,500 more soldiers this year to take over positions once held by Hezbollah.

"The army is doing its duty and will not allow any armed presence outside the state," a senior military officer told AFP, speaking on condition of anonymity.

The health ministry said an Israeli drone strike on a car in the town of Bint Jbeil killed two men and a 9-year-old boy. The Israeli military said it had targeted "a Hezbollah operative" involved in rebuilding the group's infrastructure.

Israel says it has killed more than 340 Hezbollah members since the ceasefire. The Iran-backed group, which lost much of its leadership in the 2024 war, has not claimed any attack since then.

The UN peacekeeping force UNIFIL, which has about 10,300 peacekeepers from 47 countries in southern Lebanon, said its patrols had found more than 100 weapons caches since the truce. The UN Security Council voted in August to end the mission's mandate by the end of 2026.

More than 4,200 people were killed in Lebanon during the war, according to the health ministry, and around 80,000 remain displaced from border villages.""",
[
 c("LBN", "deployed", 1500, "1,500 additional soldiers", kind="increment", loc="south of the Litani", to="Lebanese army", party="LBN"),
 c("LBN", "deployed", 7500, "around 7,500 the number of troops", q="approx", loc="border area", to="Lebanese army", party="LBN"),
 c("LBN", "deployed", 4500, "recruit 4,500 more soldiers", kind="planned", loc="Lebanon", to="Lebanese army", party="LBN", note="recruitment plan"),
 c("hezbollah", "killed", 340, "more than 340 Hezbollah members", q="at_least", loc="Lebanon", to="Israel", party="ISR"),
 c("hezbollah", "killed", 1, "a Hezbollah operative", opt=True, vr=[1,2], loc="Bint Jbeil", to="Israeli military", party="ISR", note="single operative in a strike, no digit"),
 c("UN", "deployed", 10300, "about 10,300 peacekeepers", q="approx", loc="southern Lebanon", note="UNIFIL, article's own voice"),
]))

ARTS.append(A("d6-06", "Focus Taiwan", "2025-04-02T10:30:00Z",
"Taiwan tracks 71 Chinese aircraft, 19 ships as PLA holds second day of drills",
"""Taipei, April 2 (CNA) Taiwan's Ministry of National Defense (MND) said Wednesday it had detected 71 Chinese military aircraft and 19 naval vessels around the country over the 24 hours to 6 a.m., as China's People's Liberation Army (PLA) carried out a second day of large-scale exercises it called "Strait Thunder-2025A."

Of the aircraft, 41 crossed the median line of the Taiwan Strait and entered Taiwan's northern, central, southwestern and eastern air defense identification zone, the MND said. Four "official ships" were also tracked.

The ministry said it had dispatched aircraft, navy vessels and land-based missile systems to monitor the activities, and that its response centre had been running around the clock since 7:40 a.m. on Tuesday.

The China Coast Guard said 19 of its ships took part in "law enforcement patrols" east of the island, while the PLA Eastern Theater Command released a poster showing 3 rings of vessels closing on Taiwan.

Taiwan's Mainland Affairs Council condemned the drills, which came 10 days after President Lai Ching-te described China as a "foreign hostile force" in a speech announcing measures to counter Chinese infiltration. A council official said 64 percent of respondents in a recent poll opposed Beijing's "one country, two systems" formula.

Taiwan's military is due to hold its annual Han Kuang exercise in July, with live-fire drills spread over 10 days in 14 locations. The 2026 defence budget proposal, at NT$949.5 billion, equals 3.32 percent of GDP.

Shares on the Taiex fell 1.8 percent in morning trading.""",
"NEG"))
