# एकमुष्ट रकमको चरणबद्ध अनुमान। नेपाली।

## Questions

estimate-ask-pension = तपाईंले कुन पेन्सनमा पैसा तिर्नुभयो?
estimate-pension-employees = तलबबाट काटिएको (कर्मचारी पेन्सन)
estimate-pension-national = आफैँले तिरेको (राष्ट्रिय पेन्सन)
estimate-pension-both = दुवै
estimate-pension-not-sure = पक्का थाहा छैन
estimate-explain-pensions =
    • तपाईंको कम्पनीले तलबबाट 厚生年金 (kōsei nenkin) काटेको छ भने, तपाईं <b>कर्मचारी पेन्सन</b> मा हुनुहुन्छ। धेरैजसो प्राविधिक इन्टर्न प्रशिक्षार्थी र विशिष्ट सीपयुक्त कामदार यसैमा हुन्छन्।
    • तपाईंले भुक्तानी पर्ची (納付書) लिएर पसल वा बैंकमा आफैँ तिर्नुभएको थियो भने, त्यो <b>राष्ट्रिय पेन्सन</b> (国民年金) हो।
    • कसैकसैको दुवै हुन्छ, जस्तै दुई कम्पनीको बीचमा काम नभएका महिनाहरू।
estimate-ask-duration = तपाईं कर्मचारी पेन्सनमा कति समय हुनुभयो (जापानी कम्पनीमा पहिलो महिनादेखि छोड्ने बेलासम्म)? महिना वा वर्ष लेख्नुहोस्, जस्तै <b>36</b> वा <b>3 वर्ष</b>।
estimate-know-dates = मलाई कामको पहिलो र अन्तिम दिन थाहा छ
estimate-ask-first-day = जापानमा तपाईंको कामको पहिलो दिन कहिले थियो? जस्तै <b>2023-04-01</b>।
estimate-ask-last-day = तपाईंको कामको अन्तिम दिन कहिले हो (वा थियो)? जस्तै <b>2026-03-31</b>।
estimate-ask-final-month = पेन्सन कटौती कुन महिनामा सकियो (वा सकिनेछ)? कामको अन्तिम दिन महिनाको अन्तिम दिन हो भने, त्यही महिना; होइन भने त्यसभन्दा अघिल्लो महिना। जस्तै <b>2026-03</b>।
estimate-ask-pay-kind = तपाईंलाई आफ्नो तलबबारे के थाहा छ?
estimate-pay-salary = मेरो मासिक तलब
estimate-pay-payslip = तलब पर्चीमा पेन्सनको लाइन (厚生年金)
estimate-pay-standard = मेरो मानक मासिक पारिश्रमिक (標準報酬月額)
estimate-ask-salary = भत्ता र ओभरटाइमसहित, कटौती हुनुअघि तपाईंको मासिक तलब कति येन हो? जस्तै <b>250000</b>।
estimate-ask-payslip = तपाईंको तलब पर्चीमा हरेक महिना 厚生年金 (kōsei nenkin) का लागि कति येन काटिन्छ? जस्तै <b>22875</b>।
estimate-ask-standard = तपाईंको मानक मासिक पारिश्रमिक (標準報酬月額) कति येन हो? जस्तै <b>260000</b>।
estimate-ask-bonuses = तपाईंले बोनस (賞与) पाउनुभयो? सबै बोनसको जम्मा रकम येनमा लेख्नुहोस्, जस्तै <b>600000</b>, वा बटन थिच्नुहोस्।
estimate-no-bonuses = बोनस पाइनँ
estimate-ask-np-paid-months = तपाईंले राष्ट्रिय पेन्सन आफैँ, पूरै रकम, कति महिना तिर्नुभयो? जस्तै <b>24</b>।
estimate-ask-np-last-paid-month = तपाईंले राष्ट्रिय पेन्सन अन्तिम पटक कुन महिनाको तिर्नुभयो? जस्तै <b>2025-11</b>।
estimate-ask-np-exemptions = तपाईंका छुट (免除) वा विद्यार्थी भुक्तानी स्थगन (学生納付特例) भएका महिनाहरू थिए? छुटको प्रकार छान्नुहोस्, वा "छुट छैन (अरू छैन)" थिच्नुहोस्।
estimate-exemption-quarter = ¼ छुट (तपाईंले ¾ तिर्नुभयो)
estimate-exemption-half = ½ छुट (तपाईंले आधा तिर्नुभयो)
estimate-exemption-three-quarter = ¾ छुट (तपाईंले ¼ तिर्नुभयो)
estimate-exemption-full = पूरै छुट वा विद्यार्थी स्थगन
estimate-no-more-exemptions = छुट छैन (अरू छैन)
estimate-ask-np-quarter-exempt-months = कति महिना ¼ छुट थियो? जस्तै <b>6</b>।
estimate-ask-np-half-exempt-months = कति महिना ½ छुट थियो? जस्तै <b>6</b>।
estimate-ask-np-three-quarter-exempt-months = कति महिना ¾ छुट थियो? जस्तै <b>6</b>।
estimate-ask-np-full-exempt-months = कति महिना पूरै छुट वा विद्यार्थी स्थगनमा थिए? जस्तै <b>6</b>।
estimate-ask-departure = तपाईंले जापान सधैँका लागि कहिले छोड्नुभयो (वा छोड्नुहुनेछ)? जस्तै <b>2026-04-15</b>। यसबाट तपाईंको आवेदनको अन्तिम म्याद थाहा हुन्छ।
estimate-no-departure = अहिलेसम्म तय भएको छैन
estimate-back = ◀ पछाडि
estimate-cancel = ✖ रद्द गर्नुहोस्
estimate-cancelled = अनुमान रद्द भयो। तपाईंका जवाफहरू मेटाइए।

## Result

estimate-result-employees-title = कर्मचारी पेन्सनको एकमुष्ट रकम (अनुमान)
estimate-result-national-title = राष्ट्रिय पेन्सनको एकमुष्ट रकम (अनुमान)
estimate-result-months = गणना भएका महिना: { $months } (महिना समूह { $band }, बढीमा { $cap })। अन्तिम महिना: { $final }।
estimate-result-rate = भुक्तानी दर: { $rate } × औसत मानक मासिक पारिश्रमिक (標準報酬月額) { $average }
estimate-result-premium = प्रिमियम { $premium } × ½ × { $band } महिना
estimate-result-amount =
    एकमुष्ट रकम: <b>{ $gross }</b>
    काटिएको कर (20.42%): { $tax }
    तपाईंले पाउने रकम: <b>{ $net }</b>
    पछि सम्भवतः फिर्ता पाउन सकिने कर: { $refund }
estimate-result-amount-untaxed =
    एकमुष्ट रकम: <b>{ $gross }</b> (कर लाग्दैन)
estimate-result-not-payable = <b>केही पनि भुक्तानी हुन सक्दैन:</b>
estimate-result-deadline = 📅 यो मितिसम्म आवेदन दिनुहोस्: <b>{ $date }</b>
estimate-reason-fewer-than-6-months = { $minimum } महिनाभन्दा कम गणना हुन्छ। कम्तीमा { $minimum } महिना चाहिन्छ।
estimate-reason-qualifies-for-old-age-pension = तपाईंसँग { $months } महिना वा सोभन्दा बढी छ, त्यसैले तपाईं यसको सट्टा वृद्धावस्था पेन्सन पाउन सक्नुहुन्छ। पेन्सन कार्यालय (年金事務所) मा सोध्नुहोस्।
estimate-reason-claim-period-expired = आवेदन दिने 2 वर्षको अवधि { $date } मा सकियो।
estimate-warning-erases-earlier-coverage = एकमुष्ट रकम पाएपछि त्यसअघिका तपाईंका सबै महिना मेटिन्छन्। ती महिना अब कुनै पनि जापानी पेन्सनका लागि गणना हुँदैनन्।
estimate-warning-last-month-not-counted = तपाईंको कामको अन्तिम दिन महिनाको अन्तिम दिन होइन, त्यसैले त्यो महिना गणना हुँदैन। महिनाको अन्तिम दिनसम्म काम गर्नुभयो भने { $months } महिना हुन्छ।
estimate-warning-band-lost-by-leaving-early = तपाईंको कामको अन्तिम दिन महिनाको अन्तिम दिन होइन, त्यसैले त्यो महिना गणना हुँदैन र तपाईं एक समूह तल झर्नुहुन्छ। { $months } महिना हुँदा (महिनाको अन्तिम दिनसम्म काम गर्दा) एकमुष्ट रकम { $amount } हुन्थ्यो।
estimate-warning-months-beyond-cap = { $cap } महिना मात्र गणना हुन्छ। त्यसपछिका महिनाले केही थप्दैनन्।
estimate-warning-pay-above-top-grade = महिनाको { $amount } भन्दा बढी तलबलाई { $amount } नै मानिन्छ।
estimate-warning-rules-due-to-change = केही नियम बदलिँदैछन्: गणना हुने महिनाको सीमा बढाउने योजना छ, र 2025 को कानुनले पुनः प्रवेश अनुमति (再入国許可) लिएर जापान छोड्ने मानिसका लागि एउटा नियम थप्छ। यी कहिलेदेखि लागू हुने भन्ने मिति अहिलेसम्म घोषणा भएको छैन।
estimate-warning-tax-refund-approximate = तपाईंले फिर्ता पाउने कर यो रकमका लागि मोटामोटी अनुमान मात्र हो।
estimate-warning-totalisation = तपाईं फिलिपिन्स वा भारतको हुनुहुन्छ भने, तपाईंको देश र जापानबीचको सम्झौताले दुवै देशका महिनाहरू जोड्न दिन्छ। एकमुष्ट रकम लिँदा त्यो अन्त्य हुन्छ। आवेदन दिनुअघि राम्ररी सोच्नुहोस्।
estimate-only = <i>यो अनुमान मात्र हो। वास्तविक रकम Japan Pension Service (जापान पेन्सन सेवा) ले तय गर्छ।</i>
estimate-error-no-premium = आर्थिक वर्ष { $year } को राष्ट्रिय पेन्सन प्रिमियम मलाई अहिलेसम्म थाहा छैन, त्यसैले यसको अनुमान गर्न सक्दिनँ।
estimate-error-no-rule = मसँग { $month } का नियम छैनन्, त्यसैले यसको अनुमान गर्न सक्दिनँ।
estimate-error-input = यी जवाफहरूबाट अनुमान गर्न सकिनँ। कृपया पछाडि गएर जवाफहरू जाँच गर्नुहोस्।
estimate-change-answer = ◀ जवाफ बदल्नुहोस्
estimate-start-over = ↺ फेरि सुरु गर्नुहोस्
estimate-how-to-claim = आवेदन कसरी दिने
