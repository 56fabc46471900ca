# One-off edit: move figures and names away from real reporting (all figures must be invented).
import re
import sys

# Already applied once to arts*.py; re-running would shift figures again.
if "--force" not in sys.argv:
    sys.exit("fix_invent.py was applied already; nothing to do")
R = {
'arts1.py': [
 ("1,158,470","1,149,820"),("1158470","1149820"),("+1,090","+1,160"),(", 1090,",", 1160,"),
 ("11,342 (+4)","11,297 (+3)"),("23,561 (+7)","23,488 (+9)"),("34,480 (+38)","34,212 (+41)"),("82,916 (+241)","81,770 (+226)"),("67,903 (+95)","67,455 (+88)"),
 ("up to 1,315 troops","up to 1,285 troops"),("up to 1,315 servicemen","up to 1,285 servicemen"),("1315,","1285,"),
 ("up to 470 servicemen","up to 440 servicemen"),(", 470,",", 440,"),
 ("664 aircraft, 283 helicopters, 99,520","671 aircraft, 289 helicopters, 98,740"),("631 surface","638 surface"),("26,180 tanks","25,960 tanks"),
 ("around 6,000 more troops","around 6,400 more troops"),("Sends 6,000","Sends 6,400"),("sends 6,000","sends 6,400"),("6000, \"around","6400, \"around"),
 ("roughly 15,000","roughly 16,500"),("15000,","16500,"),("about 4,700","about 5,100"),("4700,","5100,"),("some 2,000 killed","some 2,300 killed"),("2000, \"some","2300, \"some"),
 ("at 11,000 in","at 11,500 in"),("11000,","11500,"),("a further 5,000 military","a further 5,500 military"),("5000, \"a further","5500, \"a further"),
 ("12 million artillery shells","10 million artillery shells"),("around 220 artillery","around 180 artillery"),
 ("more than 14,000 terrorists","more than 13,600 terrorists"),("14000,","13600,"),("bring to 312","bring to 298"),("312,","298,"),("the 120 hostages","the 116 hostages"),
 ("Israel says it has killed more than 330","Israel says it has killed more than 340"),("more than 330 Hezbollah","more than 340 Hezbollah"),("330,","340,"),
 ("about 10,000 peacekeepers from 48","about 10,300 peacekeepers from 47"),("about 10,000 peacekeepers\"","about 10,300 peacekeepers\""),("10000, \"about","10300, \"about"),
 ("More than 4,000 people were killed in Lebanon","More than 4,200 people were killed in Lebanon"),
 ("vr=[1,1], loc=\"Bint Jbeil\"","vr=[1,2], loc=\"Bint Jbeil\""),
 ("76 Chinese aircraft, 21 ships","71 Chinese aircraft, 19 ships"),("76 Chinese military aircraft and 21","71 Chinese military aircraft and 19"),("Of the aircraft, 45","Of the aircraft, 41"),
],
'arts2.py': [
 ("at least 460 patients","at least 430 patients"),("more than 62,000 people","more than 58,000 people"),
 ("Up to 4,000 Rwandan","Up to 4,500 Rwandan"),("up to 4,000 Rwandan","up to 4,500 Rwandan"),("4000, \"Up to","4500, \"Up to"),
 ("some 6,500 fighters","some 7,200 fighters"),("6500, \"some","7200, \"some"),("roughly 1,300 troops","roughly 1,250 troops"),("1300,","1250,"),
 ("Fourteen South African","Sixteen South African"),("14, \"Fourteen","16, \"Sixteen"),("killed about 3,000 people","killed about 2,800 people"),
 ("$24 trillion","$21 trillion"),
 ("around 2,500 personnel","around 2,300 personnel"),("2500, \"around","2300, \"around"),("as many as 2,000 fighters","as many as 1,900 fighters"),("2000, \"as many as","1900, \"as many as"),
 ("11,146 uniformed","11,412 uniformed"),("11146,","11412,"),("about 1,100 soldiers","about 1,300 soldiers"),("1100, \"about","1300, \"about"),
],
'arts3.py': [
 ("about 100,000 fighters","about 90,000 fighters"),("100000,","90000,"),
 ("more than 300 junta","more than 360 junta"),("over 300 junta","over 360 junta"),("300, \"more than","360, \"more than"),("about 150 regime","about 170 regime"),("150, \"about","170, \"about"),
 ("call up 60,000 men","call up 50,000 men"),("60000,","50000,"),("around 5,000 a month","around 4,500 a month"),("5000, \"around","4500, \"around"),("vr=[5000,5000]","vr=[4500,4500]"),
 ("around 130,000 troops","around 150,000 troops"),("130000,","150000,"),("perhaps 70,000","perhaps 80,000"),("70000,","80000,"),
 ("The AA now controls 14 of Rakhine's 17 townships","The AA now controls most of Rakhine's townships"),("more than 3.5 million","more than 3.2 million"),
 ("killed 53,573","killed 53,655"),("at least 53,573","at least 53,655"),("121,688","121,880"),("passes 53,500","passes 53,600"),("Only 93 aid","Only 87 aid"),("14,000 babies","12,000 children"),("the 58 hostages","the 57 hostages"),("around 20 of whom","around 21 of whom"),("Twenty-two countries","Twenty-four countries"),
 ("killed about 80 people and displaced more than 52,000","killed about 70 people and displaced more than 48,000"),
 ("\" Defense Minister Iván Velásquez told reporters","\" the defense minister told reporters"),("to=\"Iván Velásquez\"","to=\"the defense minister\""),
 ("an estimated 5,800","an estimated 6,300"),("5800,","6300,"),
 ("Defense Minister Gen. Ricardo Trevilla told","The defense minister told"),("to=\"Gen. Ricardo Trevilla\"","to=\"The defense minister\""),
 ("about 10,000 troops supporting","about 9,400 troops supporting"),("\"about 10,000 troops\"","\"about 9,400 troops\""),("USA\", \"deployed\", 10000","USA\", \"deployed\", 9400"),("more than 1,200 people have been murdered","more than 1,350 people have been murdered"),
 ("up to 5,550 uniformed","up to 5,800 uniformed"),("5550,","5800,"),("vr=[5550,5550]","vr=[5800,5800]"),("12 votes in favour and 3 abstentions","11 votes in favour and 4 abstentions"),("the 2,500 originally","the 2,600 originally"),("2500, \"the","2600, \"the"),("vr=[2500,2500]","vr=[2600,2600]"),
 ("about 90% of Port-au-Prince","about 85% of Port-au-Prince"),("more than 4,800 people","more than 4,350 people"),
 ("Kenyan President William Ruto, whose country has sent around 750 police","Kenya's government, which has sent around 800 police"),("around 750 police officers","around 800 police officers"),("750, \"around","800, \"around"),("vr=[750,750]","vr=[800,800]"),
 ("more than 3.5 lakh","more than 3.8 lakh"),("581 companies","560 companies"),("around five lakh","around six lakh"),("500000,","600000,"),("five lakh = 500000","six lakh = 600000"),
 ("Director General of Police Nalin Prabhat told","The Director General of Police told"),("to=\"Nalin Prabhat\"","to=\"The Director General of Police\""),
 ("more than 14,000 troops, largest","more than 16,000 troops, largest"),("more than 14,000 service members","more than 16,000 service members"),("14000, \"more","16000, \"more"),("vr=[14000,14000]","vr=[16000,16000]"),
 ("Some 9,000 American","Some 10,200 American"),("9000, \"Some","10200, \"Some"),("about 5,000 Filipino","about 5,900 Filipino"),("5000, \"about","5900, \"about"),
 ("around 250 members","around 300 members"),("250, \"around","300, \"around"),("a contingent of 150 Japanese","a contingent of 120 Japanese"),("150, \"a contingent","120, \"a contingent"),
 ("AFP spokesperson Col. Francel Padilla told","AFP spokesperson Col. Marites Dizon told"),
],
'arts4.py': [
 ("German Chancellor Friedrich Merz told","the German chancellor told"),
 ("Around 400 German","Around 550 German"),("400, \"Around","550, \"Around"),("about 4,800 troops and 200 civilian","about 5,000 troops and 250 civilian"),("4800, \"about 4,800","5000, \"about 5,000"),
 ("has about 1,600 troops","has about 1,700 troops"),("1600, \"about 1,600","1700, \"about 1,700"),("around 1,000 soldiers","around 1,100 soldiers"),("1000, \"around 1,000","1100, \"around 1,100"),
 ("Lithuanian President Gitanas Nausėda said his country","Lithuania's president said the country"),
 ("CTS spokesman Sabah al-Numan told","CTS spokesman Brig. Ali Hassan al-Jubouri told"),
 ("About 2,500 US troops","About 2,600 US troops"),("2500, \"About","2600, \"About"),
 ("which killed 145 people","which killed 139 people"),("around 2,000 fighters in Afghanistan","around 2,300 fighters in Afghanistan"),("2000, \"around 2,000","2300, \"around 2,300"),
 ("Zabihullah Mujahid, the Taliban's chief spokesman","Hamdullah Naseri, a Taliban government spokesman"),("to=\"Zabihullah Mujahid\"","to=\"Hamdullah Naseri\""),
 ("about 6,500 fighters in Afghanistan","about 5,900 fighters in Afghanistan"),("6500, \"about 6,500","5900, \"about 5,900"),
 ("200.1 billion zloty (€47 billion)","198.7 billion zloty (€46.6 billion)"),("4.81% of GDP","4.77% of GDP"),("record 4.8%","record 4.77%"),("Deputy Prime Minister and Defence Minister Władysław Kosiniak-Kamysz said","The defence minister said"),("€43.7 billion","€41.2 billion"),
 ("ordered 96 AH-64E Apache helicopters, 486 HIMARS launchers, 1,000 K2 tanks from South Korea and 32 F-35","ordered 94 AH-64E Apache helicopters, 470 HIMARS launchers, 980 K2 tanks from South Korea and 34 F-35"),
 ("killing 200 soldiers","killing 180 soldiers"),("killed 200 soldiers","killed 180 soldiers"),("200, \"killed","180, \"killed"),("between 50 and 70","between 60 and 80"),("50, \"between 60","60, \"between 60"),("high=70,","high=80,"),
 ("more than 90,000 civilian","more than 75,000 civilian"),("90000,","75000,"),("said Heni Nsaibia, a senior researcher at ACLED","said a senior researcher at ACLED"),
 ("SSPDF spokesperson Maj-Gen Lul Ruai Koang told","SSPDF spokesperson Brig-Gen Malual Deng Akech told"),
 ("killed 38 White Army","killed 41 White Army"),("killed 38 fighters","killed 41 fighters"),("38, \"killed","41, \"killed"),("that 27 soldiers","that 31 soldiers"),("\"27 soldiers","\"31 soldiers"),("27 soldiers, including","31 soldiers, including"),("\"killed\", 27,","\"killed\", 31,"),
 ("the Uganda People's Defence Forces (UPDF) chief, Gen. Muhoozi Kainerugaba, said on X. \"We will protect","a Uganda People's Defence Forces (UPDF) spokesman, Col. Nelson Aturinda, said on X. \"We will protect"),("he wrote","he wrote"),("to=\"Gen. Muhoozi Kainerugaba\"","to=\"Col. Nelson Aturinda\""),
 ("around 18,000 peacekeepers","around 17,400 peacekeepers"),("18000,","17400,"),
 ("turnout reaching 56.11%","turnout reaching 55.4%"),("Turnout of 56%","Turnout of 55%"),("turnout of 56%","turnout of 55%"),("More than 7,740 candidates","More than 7,810 candidates"),("21.4 million of the 32 million","20.9 million of the 31 million"),
 ("Prime Minister Mohammed Shia al-Sudani, whose Reconstruction and Development coalition","The prime minister, whose coalition"),
 ("Captain Cyrille Atonfack Guemo","Captain Serge Mbella Ndongo"),("more than 6,000 people and displaced over 600,000","more than 6,500 people and displaced over 630,000"),
],
'arts5.py': [
 ("a 30-hour siege","a 28-hour siege"),("more than 340 passengers","more than 300 passengers"),("all 33 terrorists","all 29 terrorists"),("33, \"all","29, \"all"),
 ("and that 18 soldiers","and that 16 soldiers"),("\"18 soldiers and","\"16 soldiers and"),("\"killed\", 18,","\"killed\", 16,"),("Twenty-six hostages","Twenty-one hostages"),
 ("killed 90 soldiers","killed 110 soldiers"),("90, \"killed","110, \"killed"),("about 440 passengers","about 410 passengers"),("1,166 terrorism","1,081 terrorism"),
 ("about 2,000 United States Marines","about 1,800 United States Marines"),("2000, \"about","1800, \"about"),("to 2,500","to 2,300"),("grow to 2,500","grow to 2,300"),("2500, \"grow","2300, \"grow"),
 ("Deputy Prime Minister and Defence Minister Richard Marles said","the Defence Minister said"),("more than 35,000 personnel from 19 nations","more than 33,000 personnel from 18 nations"),("35000,","33000,"),("vr=[35000,35000]","vr=[33000,33000]"),
 ("with 200 Marines","with 250 Marines"),("200, \"began","250, \"began"),
 ("19,546 Ukrainian children","19,830 Ukrainian children"),("only 1,600 have","only 1,480 have"),("14,534 civilians had been killed and 38,472","14,120 civilians had been killed and 36,900"),
 ("when then-Defence Minister Sergei Shoigu said 5,937","when the then defence minister said 6,104"),("5,937 Russian","6,104 Russian"),("5937,","6104,"),("to=\"Sergei Shoigu\"","to=\"the then defence minister\""),
 ("names of 95,000","names of 91,400"),("95000,","91400,"),("between 145,000 and 165,000","between 150,000 and 170,000"),("145000,","150000,"),("high=165000","high=170000"),
 ("said 43,000 Ukrainian","said 44,500 Ukrainian"),("\"43,000 Ukrainian","\"44,500 Ukrainian"),("43000,","44500,"),("and 370,000 wounded","and 355,000 wounded"),("\"370,000 wounded\"","\"355,000 wounded\""),("370000,","355000,"),
 ("initialled a 17-article","initialled an 18-article"),("a 43-kilometre route","a 42-kilometre route"),("99-year arrangement","49-year arrangement"),
 ("about 14,000 uniformed","about 14,400 uniformed"),("14000,","14400,"),("some 11,500 troops","some 11,900 troops"),("11500,","11900,"),
],
}
for f, reps in R.items():
    s = open(f, encoding="utf-8").read()
    for old, new in reps:
        n = s.count(old)
        if n == 0:
            print(f, "NOT FOUND", old)
        s = s.replace(old, new)
    open(f, "w", encoding="utf-8").write(s)
