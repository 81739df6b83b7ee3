# रिमाइन्डर, आफ्नो तयारी सूची र अरूलाई पठाउन मिल्ने अनुमानको सारांश। नेपाली।
# मितिहरू नेपाली ढाँचामै लेखिएर आउँछन् ({ $date }, { $deadline } …)।

## Reminders: offering and scheduling

remind-ask-departure = 🔔 म तपाईंलाई पेन्सनसम्बन्धी मितिहरू सम्झाउन सक्छु। तपाईं जापान कहिले छोड्दै हुनुहुन्छ (वा कहिले छोड्नुभयो)? मिति लेख्नुहोस्, जस्तै 31/03/2027।
remind-ask-again = त्यो मिति पढ्न सकिनँ। कृपया दिन, महिना र वर्ष लेख्नुहोस्, जस्तै 31/03/2027। वा "रद्द गर्नुहोस्" थिच्नुहोस्।
remind-offer-title = 🔔 म तपाईंलाई यी दिनहरूमा सन्देश पठाउन सक्छु:
remind-offer-none = मैले सम्झाउन सक्ने सबै मितिहरू बितिसके। तपाईंले अहिलेसम्म आवेदन दिनुभएको छैन भने, आफ्नो अन्तिम म्याद अहिल्यै जाँच्नुहोस्: म्याद अझै बाँकी हुन सक्छ।
remind-button-all = 🔔 सबै मितिमा सम्झाउनुहोस्
remind-button-one = ➕ यो मात्र: { $what }
remind-saved = ✅ भयो। म तपाईंलाई यी दिनहरूमा सन्देश पठाउनेछु:
remind-manage-hint = /reminders थिचेर तपाईं यिनलाई जुनसुकै बेला हेर्न वा रद्द गर्न सक्नुहुन्छ।
remind-dates-note = <i>मितिहरू अनुमान मात्र हुन्। आफ्नो अन्तिम म्याद Japan Pension Service (जापान पेन्सन सेवा) सँग पक्का गर्नुहोस्।</i>
remind-button = 🔔 अन्तिम म्याद सम्झाइदिनुहोस्

## What each reminder is about (one short line, used in lists and buttons)

remind-kind-claimable = तपाईं आवेदन पठाउन सक्नुहुन्छ
remind-kind-deadline = { $months ->
    [one] आवेदनको अन्तिम म्यादभन्दा 1 महिना अगाडि
   *[other] आवेदनको अन्तिम म्यादभन्दा { $months } महिना अगाडि
}
remind-kind-decision = भुक्तानी निर्णय सूचना आयो कि आएन, जाँच्नुहोस्
remind-kind-refund = { $months ->
    [one] कर फिर्ताका लागि कर विवरण बुझाउने अन्तिम दिनभन्दा 1 महिना अगाडि
   *[other] कर फिर्ताका लागि कर विवरण बुझाउने अन्तिम दिनभन्दा { $months } महिना अगाडि
}
remind-line = • { $date }: { $what }

## Listing and cancelling

reminders-title = 🔔 तपाईंका रिमाइन्डरहरू:
reminders-empty = तपाईंको कुनै रिमाइन्डर छैन। जापान छोड्ने मितिसहित अनुमान गरेपछि, वा /remind थिचेर, म तपाईंलाई अन्तिम म्याद सम्झाउन सक्छु।
reminders-cancel = ❌ रद्द गर्नुहोस्: { $date }
reminders-cancelled = रद्द भयो।
reminders-claim-sent = 📮 मैले आज आवेदन पठाएँ
reminders-add = 🔔 रिमाइन्डर थप्नुहोस्

## The reminders themselves

reminder-claimable = 🔔 <b>रिमाइन्डर:</b> तपाईंले { $date } मा जापान छोड्ने योजना बनाउनुभएको थियो। अबदेखि तपाईं एकमुष्ट रकमको आवेदन पठाउन सक्नुहुन्छ। आवेदन { $deadline } सम्म Japan Pension Service (जापान पेन्सन सेवा) मा पुगिसक्नुपर्छ।
reminder-deadline = 🔔 <b>रिमाइन्डर:</b> एकमुष्ट रकमको तपाईंको आवेदन <b>{ $deadline }</b> सम्म Japan Pension Service (जापान पेन्सन सेवा) मा पुगिसक्नुपर्छ। अहिलेसम्म पठाउनुभएको छैन भने, अहिल्यै पठाउनुहोस्। त्यो दिनपछि पैसा गुम्छ।
reminder-decision = 🔔 <b>रिमाइन्डर:</b> तपाईंले { $date } मा आवेदन पठाउनुभयो। अहिलेसम्म भुक्तानी निर्णय सूचना (脱退一時金支給決定通知書) आइसकेको हुन सक्छ। सक्कल प्रति राख्नुहोस्: कर फिर्ताका लागि यो चाहिन्छ। केही आएको छैन भने, Japan Pension Service (जापान पेन्सन सेवा) लाई सोध्नुहोस्।
reminder-refund = 🔔 <b>रिमाइन्डर:</b> 20.42% कर फिर्ता दिलाउने कर विवरण करिब <b>{ $date }</b> सम्म बुझाउन सकिन्छ। अहिलेसम्म बुझाउनुभएको छैन भने, आफ्नो कर प्रतिनिधि (納税管理人) लाई अहिल्यै सोध्नुहोस्।
reminder-late = <i>(यो रिमाइन्डर ढिलो आयो: म यसलाई { $date } मा पठाउन सकिनँ।)</i>
reminder-open-checklist = ✅ मेरो तयारी सूची

## The checklist

checklist-title = ✅ <b>तपाईंको तयारी सूची</b> — कुनै काम सकिएपछि त्यसमा थिच्नुहोस्।
checklist-claim = <b>आवेदनका लागि</b>
checklist-tax = <b>कर फिर्ताका लागि</b>
checklist-done-count = { $total } मध्ये { $done } वटा भयो।
checklist-item-moving-out = बसाइँसराइ सूचना (転出届): जानुअघि आफ्नो सिटी अफिसमा
checklist-item-moving-out-why = जानुअघि बुझाउनुभयो भने, तुरुन्तै आवेदन दिन सक्नुहुन्छ र जापानमा ठेगाना नभएको प्रमाण चाहिँदैन।
checklist-item-form = आवेदन फाराम (脱退一時金請求書)
checklist-item-form-why = द्विभाषिक: एउटा विदेशी भाषा + जापानी। ठूला अक्षर (CAPITAL letters) मा लेख्नुहोस्।
checklist-item-passport = राहदानी (पासपोर्ट) को प्रतिलिपि
checklist-item-passport-why = नाम, जन्ममिति, राष्ट्रियता, हस्ताक्षर, बसोबासको हैसियत र जापानबाट अन्तिम पटक निस्केको छाप भएका पानाहरू।
checklist-item-no-address = जापानमा तपाईंको ठेगाना छैन भन्ने प्रमाण
checklist-item-no-address-why = हटाइएको निवासी रेकर्ड (住民票の除票)। बसाइँसराइ सूचना बुझाउनुभएको छ भने यो चाहिँदैन।
checklist-item-bank = तपाईंको बैंक खाताको प्रमाण
checklist-item-bank-why = तपाईंकै नाममा: बैंक, शाखा, शाखाको ठेगाना, खाता नम्बर; विदेशको बैंक भए SWIFT/BIC कोड।
checklist-item-pension-number = आधारभूत पेन्सन नम्बर
checklist-item-pension-number-why = आधारभूत पेन्सन नम्बर सूचना (基礎年金番号通知書) वा तपाईंको पेन्सन पुस्तिका (年金手帳)।
checklist-item-send = सबै कुरा हुलाकबाट Japan Pension Service लाई पठाउनुहोस्
checklist-item-send-why = हुलाक तपाईंको बसाइँसराइ मितिमा वा त्यसपछि, र आवेदनको अन्तिम म्यादभित्र पुग्नुपर्छ। अन्तिम म्याद भनेको पेन्सनको बीमा गुमाएको दिन वा जापानमा तपाईंको ठेगाना अन्त्य भएको दिनमध्ये जुन पछि हो, त्यसदेखि 2 वर्ष हो।
checklist-item-tax-agent = जापानमा कर प्रतिनिधि (納税管理人)
checklist-item-tax-agent-why = जापानमा तपाईंको सट्टा कर विवरण बुझाउने व्यक्ति; कर फिर्ता जापानको बैंक खातामा आउँछ।
checklist-item-decision-notice = भुक्तानी निर्णय सूचनाको सक्कल प्रति (脱退一時金支給決定通知書)
checklist-item-decision-notice-why = यसले काटिएको कर प्रमाणित गर्छ। प्रतिलिपि नबनाई यसलाई कतै नपठाउनुहोस्।
checklist-item-tax-return = कर फिर्ताका लागि कर विवरण (退職所得の選択課税による還付のための申告書)
checklist-item-tax-return-why = भुक्तानी पाएको वर्षको अर्को वर्षको जनवरी 1 देखि, 5 वर्षभित्र।
checklist-form-link = 📄 { $language } भाषामा आवेदन फाराम (Japan Pension Service): { $link }
checklist-form-english = 📄 तपाईंको भाषामा फाराम छैन; अङ्ग्रेजी फाराम प्रयोग गर्नुहोस् (Japan Pension Service): { $link }
checklist-button = ✅ मेरो तयारी सूची

## Sharing an estimate

share-button = 📤 यो अनुमान अरूलाई पठाउनुहोस्
share-intro = यसपछिको सन्देश आफ्नो परिवार, सुपरभाइजर वा सल्लाहकारलाई फर्वार्ड गर्नुहोस्।
share-title = 📋 <b>एकमुष्ट रकमको अनुमान</b> (脱退一時金) — { $date }
share-inputs = <b>मैले लेखेका जवाफ:</b>
share-input-months = पेन्सनमा रहेका महिना: { $months }
share-input-final-month = पेन्सनमा रहेको अन्तिम महिना: { $month }
share-input-pay = औसत मानक मासिक पारिश्रमिक (標準報酬月額): { $amount }
share-input-departure = जापान छोड्ने मिति: { $date }
share-pension-employees = <b>कर्मचारी पेन्सन</b> (厚生年金)
share-pension-national = <b>राष्ट्रिय पेन्सन</b> (国民年金)
share-gross = कर काट्नुअघि (支給額): { $amount }
share-tax = काटिएको कर, 20.42% (源泉徴収税): { $amount }
share-net = भुक्तानी हुने रकम: { $amount }
share-refund = फिर्ता आउन सक्ने कर (還付): बढीमा { $amount }
share-deadline = आवेदनको अन्तिम म्याद (請求期限): { $date }
share-not-payable = लेखिएका जवाफअनुसार भुक्तानी हुँदैन।
share-footer = <i>अनुमान मात्र। वास्तविक रकम Japan Pension Service (जापान पेन्सन सेवा, 日本年金機構) ले तय गर्छ। { $bot } प्रयोग गरेर बनाइएको।</i>

## आदेशहरू (Telegram को आदेश सूची)

command-remind = अन्तिम म्याद सम्झाइदिनुहोस्
command-reminders = मेरा रिमाइन्डरहरू
command-checklist = मेरो कागजातको तयारी सूची
