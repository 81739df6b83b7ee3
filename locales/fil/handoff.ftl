# Pakikipag-usap sa consultant. Filipino (Tagalog).

handoff-ask-description = Pakilarawan ang tanong mo sa ilang pangungusap (halimbawa: ilang buwan kang nagtrabaho, kailan ka umalis ng Japan, ano ang kailangan mo). Sasagot ang isang consultant dito sa chat na ito.
handoff-opened = Salamat po. Naipadala na ang tanong mo sa mga consultant namin (ticket #{ $ticket }). Sasagot sila dito sa chat na ito. Lahat ng ipapadala mo ngayon ay mapupunta sa kanila. Ipadala ang /endchat para tapusin ang usapan.
handoff-next-opening = Wala pong consultant na naka-duty ngayon. Babasahin ng isang consultant ang mensahe mo sa { $day } mula { $time }, oras sa Japan.
handoff-next-opening-today = Wala pong consultant na naka-duty ngayon. Babasahin ng isang consultant ang mensahe mo ngayong araw mula { $time }, oras sa Japan.
handoff-already-open = May bukas ka nang usapan sa isang consultant (ticket #{ $ticket }). Isulat lang dito ang mensahe mo.
handoff-relayed = Naipadala na sa consultant. Dito darating ang sagot.
handoff-closed = Isinara na ng consultant ang usapang ito (ticket #{ $ticket }).
handoff-ended-by-user = Tinapos mo ang usapan sa consultant (ticket #{ $ticket }).
handoff-rate = Gaano nakatulong ang consultant? I-tap ang mga bituin.
handoff-rate-thanks = Salamat po sa rating mo!
handoff-no-ticket = Wala kang bukas na usapan sa consultant. I-tap ang "Makipag-usap sa consultant" sa /menu para magsimula.
handoff-slow-down = Sunud-sunod at mabilis ang pagpapadala mo ng mensahe. Matatanggap lahat ng consultant ang mga ito, pero medyo mamaya. Pakihintay po ang sagot.
