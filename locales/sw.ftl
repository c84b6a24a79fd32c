# Café Desk: kila sentensi ambayo bot hutuma, kwa Kiswahili.
# Namba za ujumbe ni zilezile kwa kila lugha; jaribio linashindwa ujumbe ukikosekana au vigezo vyake
# vikitofautiana (test/texts/locales.test.ts).

## format

money = Ksh { NUMBER($amount) }
duration-under-a-minute = chini ya dakika moja
duration-minutes = dakika { $minutes }
duration-hours = saa { $hours }
duration-hours-minutes = saa { $hours } dakika { $minutes }
no-phone = hakuna namba
method-cash = cash
method-mpesa = M-Pesa
method-mpesa-simulated = M-Pesa ya majaribio 🧪
date-at-time = { $date } saa { $time }


## general




## sessions




## computers

computers-name-empty = Andika jina la kompyuta, mfano PC-4.
computers-name-too-long = Jina la kompyuta lisizidi herufi { $max }, mfano PC-4.
computers-name-bad-characters = Jina la kompyuta ni herufi na namba (nafasi au kistari kati yake ni sawa), mfano PC-4.
computers-names-empty = Andika jina moja (PC-4), kadhaa (PC-4, PC-5) au mfululizo (PC-1..PC-20).
computers-names-bad-range = Mfululizo unaanza namba ndogo hadi kubwa, jina likiwa lilelile mbele ya namba, mfano PC-1..PC-20.
computers-names-too-many = Zisizidi kompyuta { $max } kwa mara moja.
computers-group-name-empty = Andika jina la kikundi, mfano Gaming.
computers-group-name-too-long = Jina la kikundi lisizidi herufi { $max }.
computers-group-name-bad-characters = Jina la kikundi ni herufi, namba na nafasi tu, mfano Gaming.
computers-none = Bado hakuna kompyuta kwenye orodha. Ziongeze, moja au mfululizo mzima (PC-1..PC-20): kisha /new itakupa zilizo wazi, na /sessions inaonyesha zote.
computers-header = Kompyuta ({ $count }):
computers-out-of-order-line = 🔧 Hazifanyi kazi: { $computers }
computers-retired-line = Zimeondolewa: { $computers } (ukiongeza jina tena, inarudi)
computers-tap-hint = Bonyeza kompyuta ili kuibadilisha jina, kuiweka kwenye kikundi, kuiweka kama haifanyi kazi au kuiondoa.
computers-add-button = ➕ Ongeza kompyuta
computers-previous-page = ◀️ Nyuma
computers-next-page = Mbele ▶️
computers-card-in-use = Inatumika: { $customer } tangu saa { $since }.
computers-card-free = Iko wazi.
computers-card-out-of-order = 🔧 Haifanyi kazi: haitolewi kwa vipindi vipya.
computers-rename-button = ✏️ Badilisha jina
computers-group-button = 🗂 Kikundi
computers-out-of-order-button = 🔧 Haifanyi kazi
computers-back-in-order-button = ✅ Inafanya kazi tena
computers-retire-button = 🗑 Ondoa
computers-all-button = ◀️ Kompyuta zote
computers-ask-names = Kompyuta zipi? Andika jina moja (PC-4), kadhaa (PC-4, PC-5) au mfululizo (PC-1..PC-20).
computers-ask-group = Weka { $computers } kwenye kikundi?
computers-no-group-button = Bila kikundi
computers-new-group-button = ➕ Kikundi kipya
computers-ask-group-name = Jina la kikundi kipya? (mfano Gaming)
computers-added = ✅ Zimeongezwa: { $computers }.
computers-added-to-group = ✅ Zimeongezwa: { $computers } ({ $group }).
computers-restored = ♻️ Zimerudishwa: { $computers }.
computers-already-listed = Tayari ziko kwenye orodha, hazijaguswa: { $computers }.
computers-ask-rename = Jina jipya la { $name }?
computers-name-kept = { $name } inabaki na jina lake.
computers-renamed = ✅ { $from } sasa ni { $to }.
computers-name-of-retired = { $name } ni jina la kompyuta iliyoondolewa: ili uitumie tena, ongeza { $name } kwenye /computers. Andika jina lingine, au /cancel.
computers-name-taken = Tayari kuna kompyuta inayoitwa { $name }. Andika jina lingine, au /cancel.
computers-moved = ✅ { $name } iko kwenye { $group }.
computers-moved-to-no-group = ✅ { $name } haiko kwenye kikundi chochote.
computers-marked-out-of-order = 🔧 { $name } haifanyi kazi: haitatolewa kwa vipindi vipya hadi itakapofanya kazi tena.
computers-marked-back-in-order = ✅ { $name } inafanya kazi tena.
computers-confirm-retire = Ondoa { $name }? Haitatolewa tena wala kuonekana kwenye orodha; vipindi vyake vya zamani vinabaki na jina lake. Ukiongeza { $name } tena, inarudi.
computers-confirm-retire-button = 🗑 Ndiyo, ondoa
computers-keep-button = ↩️ Hapana, iache
computers-retired = 🗑 { $name } imeondolewa.
computers-retire-busy = { $name } inatumika ({ $customer }): maliza kipindi hicho kwanza, kisha uiondoe.
computers-not-found = Kompyuta hiyo haipo tena kwenye orodha.



## payments




## mpesa




## notices




## manager




## audit

audit-role = { $role ->
    [MANAGER] meneja
   *[OPERATOR] mhudumu
}
audit-a-customer = mteja
audit-someone = mtu fulani
audit-on-computer = {" "}kwenye { $computer }
audit-with-receipt = , risiti { $receipt }
audit-from-phone = {" "}kutoka { $phone }
audit-session-started = alianzisha kipindi cha { $customer }{ $on }
audit-session-ended = alimaliza kipindi cha { $customer }: deni { $amount }
audit-session-ended-nothing-owed = alimaliza kipindi cha { $customer }: hakuna deni zaidi
audit-session-voided = alifuta kipindi cha { $customer }{ $on }: “{ $reason }”
audit-phone-changed = alibadilisha namba ya simu ya { $customer } kutoka { $from } kuwa { $to }
audit-prompt-sent = aliomba M-Pesa imtumie { $customer } ombi la kulipa { $amount } kwenye { $phone }
audit-prompt-sent-to-other-number = aliomba M-Pesa imtumie { $customer } ombi la kulipa { $amount } kwenye namba nyingine, { $phone } (iliyohifadhiwa: { $saved })
audit-cash-taken = alipokea { $amount } cash kutoka kwa { $customer }
audit-prepayment-recorded = aliandika deni la { $amount } la { $customer } kwa { $duration } za kulipia mapema
audit-payment-recorded = aliandika deni la { $amount } la { $customer } (la tarehe { $date })
audit-amount-lowered = alipunguza { $from } ya { $customer } hadi { $amount }: “{ $reason }”
audit-amount-lowered-when-asked = alipunguza { $from } ya { $customer } hadi { $amount } (aliombwa na { $askedBy }): “{ $reason }”
audit-prepaid-refunded = alimrudishia { $customer } { $amount } cash kwa muda wa kulipia mapema ambao haukutumika
audit-tariff-cleared = alirudisha { $group } kwenye bei ya café
audit-rounding = { $rounding ->
    [HALF_UP] karibu zaidi (nusu kwenda juu)
    [UP] kwenda juu
    [DOWN] kwenda chini
   *[other] { $rounding }
}
audit-tariff-rates = { $windows ->
    [0] bei moja siku nzima
    [one] bei { $windows } kulingana na saa
   *[other] bei { $windows } kulingana na saa
}
audit-tariff-changed = alibadilisha bei ya café kuwa { $rate }/saa, kiwango cha chini { $minimum }, kuzungusha { $rounding }, { $rates }
audit-tariff-changed-for-group = alibadilisha bei ya { $group } kuwa { $rate }/saa, kiwango cha chini { $minimum }, kuzungusha { $rounding }, { $rates }
audit-staff-invited = kiungo cha mwaliko kwa { $role } mpya kilitengenezwa
audit-staff-joined = alijiunga na wafanyakazi kama { $role }
audit-staff-joined-when-invited = alijiunga na wafanyakazi kama { $role } (alialikwa na { $invitedBy })
audit-staff-role-changed = alimfanya { $person } kuwa { $role }
audit-staff-deactivated = alimsimamisha { $person } ({ $role })
audit-staff-reactivated = alimrudisha kazini { $person } ({ $role })
audit-shift-opened = alifungua zamu na pesa ya kuanzia (float) ya { $amount }
audit-shift-closed-uncounted = alifunga zamu ya { $person } bila kuhesabu (ameondolewa kwenye wafanyakazi): { $expected } zilitarajiwa kwenye droo
audit-shift-short = pungufu { $amount }
audit-shift-over = ziada { $amount }
audit-shift-no-difference = hakuna tofauti
audit-shift-closed = alifunga zamu: alihesabu { $counted }, zilitarajiwa { $expected }, { $verdict }
audit-callback-unmatched = ⚠️ { $amount } zililipwa{ $fromPhone } bila ombi tunalolijua{ $receipt }: zishughulikie kwa mkono
audit-amount-mismatch = ⚠️ { $customer } alilipa { $amount } badala ya { $asked } zilizoombwa{ $receipt }: hazijaingizwa, angalia statement
audit-paid-after-failure = ⚠️ { $customer } alilipa { $amount } baada ya ombi kuripotiwa limeshindwa au halikujibiwa{ $receipt }: zimeingizwa
audit-paid-twice = ⚠️ { $customer } alilipa { $amount } kwa M-Pesa kwa malipo yaliyokwisha lipwa{ $receipt }: amelipa mara mbili, rudisha pesa ya moja
# Jinsi pesa iliyolipwa kwa Lipa na M-Pesa ilivyopata bili yake, baada ya bili.
audit-placement = { $placement ->
    [REFERENCE] {" "}(kwa namba yake ya akaunti)
    [AMOUNT_AND_PHONE] {" "}(bili pekee ya kiasi hicho kwa simu hiyo)
    [RECEIPT_CHECK] {" "}baada ya kuangalia risiti
   *[other] {""}
}
audit-menu-payment-placed = { $amount } zilizolipwa kwa Lipa na M-Pesa{ $receipt } ziliwekwa kwenye bili ya { $customer } { $reference }{ $how }
audit-menu-payment-placed-by-staff = aliweka { $amount } zilizolipwa kwa Lipa na M-Pesa{ $receipt } kwenye bili ya { $customer } { $reference }{ $how }
audit-menu-payment-unplaced = ⚠️ { $amount } zilizolipwa kwa Lipa na M-Pesa{ $fromPhone }{ $receipt } hazilingani na bili yoyote: zinasubiri kwenye /unplaced
audit-menu-payment-set-aside = aliweka kando { $amount } zilizolipwa kwa Lipa na M-Pesa{ $receipt }: “{ $note }”
audit-by-server = Mfumo
audit-title = 📜 Kumbukumbu za audit, mpya kwanza
audit-title-of = 📜 Kumbukumbu za audit za { $name }, mpya kwanza
audit-title-of-customer = 📜 Kumbukumbu za audit za mteja { $name }, mpya kwanza
audit-someone-no-longer-found = asiyepatikana tena
audit-empty = Bado hakuna kilichorekodiwa.
audit-empty-filtered = Bado hakuna kilichorekodiwa kwake.
audit-older-button = ⬅️ Za zamani
audit-newer-button = Mpya zaidi ➡️
audit-people-button = 👤 Kwa mtu
audit-everyone-button = 📜 Wote
audit-pick-person = Kumbukumbu za nani? Bonyeza mtu (au andika /audit na sehemu ya jina au namba ya simu ya mteja).
audit-pick-match = Watu kadhaa wanalingana na “{ $query }”. Bonyeza mmoja:
audit-deactivated-staff-button = 👤 { $name } (amesimamishwa)
audit-no-match = Hakuna mfanyakazi wala mteja anayelingana na “{ $query }”. Andika /audit na sehemu ya jina au namba ya simu, au /audit peke yake kuona wote.



## exports

# Jina la jedwali, kama faili lake linavyoitwa.
exports-table = { $table ->
    [payments] malipo
    [sessions] vipindi
    [customers] wateja
    [shifts] zamu
    [audit] kumbukumbu
   *[other] { $table }
}
# Mistari ya jedwali ni nini, baada ya "hakuna".
exports-rows-of = { $table ->
    [payments] malipo
    [sessions] vipindi
    [customers] wateja
    [shifts] zamu
    [audit] kumbukumbu
   *[other] { $table }
}
exports-either = { $others } au { $last }
exports-rows = { $count ->
    [one] mstari { $count }
   *[other] mistari { $count }
}
exports-nothing = 📤 Hakuna cha ku-export kwa { $period }: hakuna { $tables } katika siku hizi.
exports-sent = 📤 Export ya { $period }:
exports-table-empty = hakuna katika siku hizi, hakuna faili
exports-how-to-read = Saa ziko kwa { $timeZone } pamoja na tofauti yake na UTC; kiasi ni shilingi kamili (KES). Seli ambayo ingeanza na = + - au @ inaanza na ' ili spreadsheet isiiendeshe kama formula.



## reports




## shifts




## menu-payments




## receipt-checks




## language


