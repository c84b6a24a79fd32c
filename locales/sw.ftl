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




## payments




## mpesa




## notices




## manager




## audit




## exports




## reports

report-period-examples = mfano { $command }, { $command } yesterday, { $command } week, { $command } month, { $command } 28/11/2026 au { $command } 1/11/2026-15/11/2026
report-period-unreadable = Sijaelewa tarehe hizo. Andika siku moja, tarehe ya kuanzia hadi ya mwisho, au neno, { $examples }.
report-period-no-such-date = Tarehe hiyo haipo. Andika siku halisi, mfano { $command } 28/11/2026.
report-period-future = Tarehe hiyo bado haijafika: { $command } inaonyesha siku zilizoanza tu, { $examples }.
report-period-backwards = Tarehe ya mwisho iko kabla ya ya kuanzia. Weka tarehe ya mapema kwanza, mfano { $command } 1/11/2026-15/11/2026.
report-period-too-long = { $command } inaonyesha hadi siku { $days } tu. Omba muda mfupi zaidi, mfano { $command } 1/11/2026-15/11/2026.

report-title = 📊 Ripoti ya { $period }
report-as-of = Kufikia { $time }
report-takings-none = 💰 Mapato: hakuna pesa iliyoingia.
report-takings = 💰 Mapato: { $amount } (malipo { $count })
report-takings-mpesa = Kwa M-Pesa: { $amount }
report-takings-simulated = 🧪 Kati ya hizo, za majaribio, si pesa halisi: { $amount }
report-takings-cash = Kwa cash: { $amount }
report-by-operator = Kwa kila mhudumu:
report-refunds = ↩️ Iliyorudishwa kwa cash (muda uliolipiwa mapema usiotumika): { $amount }
report-net-cash = 💵 Cash halisi (iliyopokelewa ukitoa iliyorudishwa): { $amount }
report-sessions-none = 🖥 Vipindi: hakuna kilichoisha.
report-sessions = 🖥 Vipindi vilivyoisha: { $count }, muda uliouzwa { $sold }, wastani { $average }
report-owed-none = ✅ Hakuna deni kwa siku hizi.
report-owed = ⏳ Bado inadaiwa: { $amount } (malipo { $count })
report-owed-by-reason = { $reason ->
    [not_requested] Bado haijaombwa
    [failed] Ombi la M-Pesa halikufaulu
    [unknown] Hakuna jibu kutoka M-Pesa
   *[mismatch] Kiasi tofauti kimelipwa
  }: { $amount }
report-waiting = ⌛ Inasubiri mteja aweke PIN: { $amount }, bado haijahesabiwa
report-to-check = 🔎 Angalia kwenye statement ya M-Pesa:
report-biggest-owed = 📌 Madeni makubwa zaidi:
report-owed-line = • { $amount } { $customer } ({ $date }): { $reason ->
    [not_requested] bado haijaombwa
    [failed] ombi la M-Pesa halikufaulu
    [unknown] hakuna jibu kutoka M-Pesa: angalia statement
   *[mismatch] kiasi tofauti kimelipwa: angalia statement
  }

report-chart-title = Mapato kwa { $unit ->
    [hour] saa
   *[day] siku
  }, { $period }
report-chart-cash = Cash
report-chart-amounts = Ksh
report-chart-hours = Saa
report-chart-days = Siku
report-chart-caption = 📈 Mapato, { $period }: M-Pesa na cash

report-daily-summary-heading = 🌙 Muda wa kufunga: muhtasari wa siku
report-shifts-left-open = ⚠️ Zamu zilizoachwa wazi baada ya muda wa kufunga (saa { $closing }): { $count }
report-shift-left-open = • { $name }, ilifunguliwa { $opened } na pesa ya kuanzia (float) { $float }: { $closed ->
    [none] bado iko wazi
   *[other] ilifungwa { $closed }
  }
report-shifts-left-open-ask = Mwambie aliyeacha zamu yake wazi ahesabu droo na aifunge kwa /shift.



## shifts

shift-ask-float = Kufungua zamu yako: droo ina cash kiasi gani ya kuanzia (float)? Andika kwa shilingi kamili, mfano 2000 (0 kama hakuna).
shift-invalid-float = Andika float kwa shilingi kamili, tarakimu tu, mfano 2000 (0 kama droo iko tupu). Zamu yako bado haijafunguliwa.
shift-opened = 🟢 Zamu imefunguliwa { $opened } na float ya { $float }. Tuma /shift kuiona au kuifunga.
shift-already-open = Zamu yako tayari iko wazi, tangu { $opened } na float ya { $float }: hakuna kilichobadilishwa. Tuma /shift kuiona au kuifunga.
shift-so-far = 🧾 Zamu yako tangu { $opened } ({ $duration })
shift-float = Pesa ya kuanzia (float): { $amount }
shift-cash-taken = Cash iliyopokelewa: { $amount }
shift-cash-given-back = Cash iliyorudishwa: { $amount }
shift-expected = Inapaswa kuwa kwenye droo: { $amount }
shift-mpesa-paid = Imelipwa kwa M-Pesa: { $amount }
shift-still-running = Vipindi ulivyoanzisha bado vinaendelea: { $count ->
    [0] hakuna.
   *[other] { $count }
  }
shift-running-session = • { $computer ->
    [none] {""}
   *[other] { $computer }:{" "}
  }{ $customer }, tangu { $since }, { $amount } hadi sasa
shift-close-button = 🔒 Funga zamu
shift-keep-button = Iache wazi
shift-kept-open = Zamu yako inaendelea. Tuma /shift kuifunga baadaye.
shift-ask-counted = Hesabu cash iliyo kwenye droo kisha andika jumla kwa shilingi kamili, mfano 3500.
shift-invalid-counted = Andika cash uliyohesabu kwa shilingi kamili, tarakimu tu, mfano 3500. Zamu yako bado iko wazi.
shift-closed = 🔒 Zamu imefungwa: { $name }, { $opened } – { $closed } ({ $duration })
shift-counted = Cash iliyohesabiwa: { $amount }
shift-not-counted = Cash iliyohesabiwa: haikuhesabiwa (ilifungwa { $name } alipoondolewa kwenye wafanyakazi)
shift-not-counted-closed-by = Cash iliyohesabiwa: haikuhesabiwa (ilifungwa { $name } alipoondolewa kwenye wafanyakazi na { $by })
shift-short = ❗ Droo imepungua { $amount }
shift-over = ➕ Droo imezidi { $amount }
shift-no-difference = ✅ Droo iko sawa: hakuna tofauti.
shift-mpesa-at-close = Imelipwa kwa M-Pesa (hadi zamu ilipofungwa): { $amount }
shift-left-running = Vipindi vilivyoachwa vikiendelea: { $count ->
    [0] hakuna.
   *[other] { $count }
  }
shift-already-closed = Zamu hii ilishafungwa: hakuna kilichobadilishwa.
shift-not-found = Zamu hiyo haiko wazi tena. Tuma /shift kuona hali yako.

shift-long-session =
    ⏰ Kipindi kirefu: { $computer ->
        [none] {""}
       *[other] { $computer },{" "}
    }{ $customer }, tangu { $since } ({ $duration }), kilianzishwa na { $by }.
    Gharama hadi sasa: { $amount }{ $prepaid ->
        [none] {""}
       *[other] {" "}({ $prepaid } kati yake imelipiwa mapema)
    }.
    Hakikisha mteja bado yupo. Kama ameondoka, bonyeza ⏹ kumaliza kipindi na upokee malipo; kama anaendelea, unaweza kumwomba alipie muda uliotumika hadi sasa.



## menu-payments

# Sehemu za hiari za sentensi, zinazopewa kama $paidBy na $account (tupu zisipojulikana).
menu-payments-paid-by = {" "}kutoka kwa { $payer }
menu-payments-account-typed = , akaunti “{ $account }”
menu-payments-money-line = { $amount }{ $paidBy }, risiti { $receipt }, { $time }{ $account }
menu-payments-placed = ✅ Imelipwa kupitia menyu ya M-Pesa: { $amount } za { $customer } (bili { $reference }){ $paidBy }, risiti { $receipt }, { $time } ({ $placement ->
        [REFERENCE] namba ya akaunti ilikuwa namba ya bili
        [AMOUNT_AND_PHONE] bili pekee iliyo wazi ya kiasi hicho kwa namba hiyo ya simu
        [STAFF] imewekwa na mhudumu
       *[RECEIPT_CHECK] risiti imethibitishwa na M-Pesa
    }).
menu-payments-unplaced =
    💰 { $amount } zimelipwa kupitia menyu ya M-Pesa{ $paidBy }, risiti { $receipt }, { $time }{ $account }.
    { $why }
    Ziweke kwenye bili kwa kitufe hapa chini, au baadaye kupitia /unplaced.
menu-payments-why-no-bill = Hakuna bili iliyo wazi ya kiasi hicho inayolingana na namba ya simu ya aliyelipa.
menu-payments-why-several-bills = Kuna zaidi ya bili moja iliyo wazi ya kiasi hicho: chagua ile sahihi.
menu-payments-why-reference-unknown = Namba ya akaunti iliyoandikwa si namba ya bili yoyote.
menu-payments-why-amount-differs = Kiasi si sawa na cha bili.
menu-payments-why-amount-differs-bill = Namba ya akaunti ni bili { $reference } ({ $customer }), lakini bili hiyo ni { $billAmount }.
menu-payments-why-bill-paid = Bili yake ilikuwa imeshalipwa.
menu-payments-why-bill-paid-bill = Namba ya akaunti ni bili { $reference } ({ $customer }), ambayo ilikuwa imeshalipwa: imelipwa mara mbili?
menu-payments-why-approval-pending = Bili yake inasubiri meneja.
menu-payments-why-approval-pending-bill = Namba ya akaunti ni bili { $reference } ({ $customer }), ambayo ombi la kupunguza kiasi chake linasubiri meneja.
menu-payments-place-button = 📌 Weka kwenye bili
menu-payments-list-empty = ✅ Hakuna cha kuweka: kila malipo ya menyu ya M-Pesa yako kwenye bili (au yamewekwa kando).
menu-payments-list-header = 💰 Malipo ya menyu ya M-Pesa ambayo bado hayako kwenye bili (mapya kwanza):
menu-payments-list-hint = Bonyeza malipo moja uyaweke kwenye bili.
menu-payments-pick-bill = Bonyeza bili ya { $amount } ambayo pesa hizi zinalipa:
menu-payments-no-bill-of-amount = Hakuna bili inayodaiwa ya { $amount }. Bili hulipwa tu kwa kiasi chake kamili: tazama bili zote zinazodaiwa hapa chini.
menu-payments-pick-any-bill = Bili zote zinazodaiwa (ni bili ya kiasi hicho hicho tu inayoweza kuzipokea):
menu-payments-no-bill = Hakuna deni.
menu-payments-all-bills-button = 📋 Bili zote zinazodaiwa
menu-payments-same-amount-button = 🔙 Bili za kiasi hicho
menu-payments-set-aside-button = 🗄 Weka kando
menu-payments-put-on-bill = ✅ { $amount } (risiti { $receipt }) zimewekwa kwenye bili { $reference } ya { $customer }: imelipwa.
menu-payments-refused-placed = Pesa hizi tayari ziko kwenye bili.
menu-payments-refused-placed-bill = Pesa hizi tayari ziko kwenye bili { $reference } ya { $customer }.
menu-payments-refused-set-aside = Meneja aliziweka kando (zimerudishwa, au si za bili ya hapa): hazilipi bili yoyote.
menu-payments-refused-bill-not-found = Bili hiyo haipo tena.
menu-payments-refused-bill-paid = Bili hiyo imeshalipwa.
menu-payments-refused-bill-paid-bill = Bili { $reference } ya { $customer } imeshalipwa: chagua nyingine.
menu-payments-refused-amount-differs = ❌ Hazijawekwa: kiasi hakilingani.
menu-payments-refused-amount-differs-bill = ❌ Bili { $reference } ni { $billAmount }, malipo ni { $amount }: bili hupokea kiasi chake kamili tu. Amelipa pungufu? ✂️ Punguza kiasi cha bili kwanza. Si za bili? Meneja ataziweka kando.
menu-payments-refused-approval-pending = Bili hiyo inasubiri meneja.
menu-payments-refused-approval-pending-bill = Bili { $reference } inasubiri meneja ajibu ombi la kupunguza kiasi: ziweke baada ya uamuzi huo.
menu-payments-already-placed = ✅ { $amount } (risiti { $receipt }) ziko kwenye bili { $reference } ya { $customer }.
menu-payments-already-set-aside = 🗄 { $amount } (risiti { $receipt }) ziliwekwa kando.
menu-payments-already-set-aside-by = 🗄 { $amount } (risiti { $receipt }) ziliwekwa kando na { $by }.
menu-payments-not-found = Malipo hayo hayajarekodiwa hapa.
menu-payments-ask-note = Kwa nini unaweka kando { $amount } (risiti { $receipt })? Andika maneno machache (kurudisha pesa, biashara nyingine…).
menu-payments-set-aside = 🗄 { $amount } (risiti { $receipt }) zimewekwa kando: zimetoka kwenye /unplaced.
menu-payments-pay-from-menu-button = 📲 Lipa kupitia menyu ya M-Pesa
# $amountToType ni kiasi jinsi mteja anavyokiandika: tarakimu tu.
menu-payments-pay-from-menu-paybill =
    📲 { $customer } analipa { $amount } kupitia menyu ya M-Pesa:
    Lipa na M-Pesa → Pay Bill
    Namba ya biashara: { $shortCode }
    Namba ya akaunti: { $reference }
    Kiasi: { $amountToType }
    Bili italipwa yenyewe pesa zikifika; ujumbe huu utaonyesha hivyo.
menu-payments-pay-from-menu-till =
    📲 { $customer } analipa { $amount } kupitia menyu ya M-Pesa:
    Lipa na M-Pesa → Buy Goods and Services
    Namba ya Till: { $shortCode }
    Kiasi: { $amountToType }
    Till haina namba ya akaunti: bili italipwa yenyewe kiasi hiki kamili kikifika kutoka namba ya simu ya mteja, na hakuna bili nyingine iliyo wazi ya kiasi hicho inayolingana nayo; la sivyo pesa zitasubiri kwenye /unplaced. Ujumbe huu utaonyesha bili ikishalipwa.
menu-payments-pay-from-menu-already-sent = Kama M-Pesa ya mteja tayari inaonyesha pesa hizi zimetumwa (huenda ombi la M-Pesa lilifanikiwa), asilipe tena: bonyeza 🧾 Angalia risiti.



## receipt-checks

receipt-checks-button = 🧾 Angalia risiti
receipt-checks-ask = 🧾 Andika code ya M-Pesa anayoonyesha mteja (mfano QK12ABC345), au forward SMS yake ya M-Pesa hapa. /cancel kuacha.
receipt-checks-no-receipt = Hakuna code ya M-Pesa hapo (herufi na namba 10, mfano QK12ABC345). Itume tena, au /cancel.
receipt-checks-checking = 🔎 Inaangalia risiti { $receipt }…
receipt-checks-which-bill = 🧾 Risiti { $receipt }: ni ya bili ipi?
receipt-checks-which-bill-amount = 🧾 Risiti { $receipt } ({ $amount }): ni ya bili ipi?
receipt-checks-no-bill-owed = 🧾 Risiti { $receipt }: hakuna bili inayodaiwa sasa, kwa hiyo hakuna cha kuiangalia.
receipt-checks-settled = ✅ Risiti { $receipt } imelipa bili { $reference } ({ $customer }, { $billAmount }).
receipt-checks-settled-confirmed = ✅ Risiti { $receipt }, imethibitishwa na M-Pesa, imelipa bili { $reference } ({ $customer }, { $billAmount }).
receipt-checks-used = 🧾 Risiti { $receipt } ilishalipa bili { $reference } ({ $customer }, { $billAmount }): haiwezi kulipa bili nyingine.
receipt-checks-amount-differs = ⚠️ Risiti { $receipt } ({ $amount }) hailingani na bili. Hakuna pesa iliyoingizwa. Kama mteja amelipa pungufu, ✂️ Punguza kiasi cha bili hadi alicholipa na uchukue kilichobaki kwa njia nyingine, kisha weka pesa kwenye bili kupitia /unplaced; la sivyo meneja anaweza kuziweka kando hapo.
receipt-checks-amount-differs-bill = ⚠️ Risiti { $receipt } ({ $amount }) hailingani na bili { $reference } ({ $customer }, { $billAmount }). Hakuna pesa iliyoingizwa. Kama mteja amelipa pungufu, ✂️ Punguza kiasi cha bili hadi alicholipa na uchukue kilichobaki kwa njia nyingine, kisha weka pesa kwenye bili kupitia /unplaced; la sivyo meneja anaweza kuziweka kando hapo.
receipt-checks-bill-paid = ⚠️ Bili imelipwa wakati ukaguzi ukiendelea. Risiti { $receipt } ({ $amount }) haikuingizwa: iweke kupitia /unplaced.
receipt-checks-bill-paid-bill = ⚠️ Bili { $reference } ({ $customer }, { $billAmount }) imelipwa wakati ukaguzi ukiendelea. Risiti { $receipt } ({ $amount }) haikuingizwa: iweke kupitia /unplaced.
receipt-checks-approval-pending = ⏳ Bili inasubiri meneja ajibu ombi la kupunguza kiasi. Risiti { $receipt } ({ $amount }) bado haijaingizwa: iweke kupitia /unplaced akishajibu.
receipt-checks-approval-pending-bill = ⏳ Bili { $reference } ({ $customer }, { $billAmount }) inasubiri meneja ajibu ombi la kupunguza kiasi. Risiti { $receipt } ({ $amount }) bado haijaingizwa: iweke kupitia /unplaced akishajibu.
receipt-checks-bill-not-found = ⚠️ Bili hiyo haipo tena. Risiti { $receipt } ({ $amount }) haikuingizwa: iweke kupitia /unplaced.
receipt-checks-set-aside = ⚠️ Risiti { $receipt } ({ $amount }) iliwekwa kando na meneja (imerudishwa, au si ya bili ya hapa). Hakuna pesa iliyoingizwa. Muulize meneja.
receipt-checks-asking = 🔎 Inauliza M-Pesa kuhusu risiti { $receipt }… Ujumbe huu utaonyesha jibu.
receipt-checks-asking-bill = 🔎 Inauliza M-Pesa kuhusu risiti { $receipt } ya bili { $reference } ({ $customer }, { $billAmount })… Ujumbe huu utaonyesha jibu.
receipt-checks-already-asking = 🔎 M-Pesa tayari inaulizwa kuhusu risiti { $receipt }: subiri jibu hilo.
receipt-checks-already-asking-bill = 🔎 M-Pesa tayari inaulizwa kuhusu risiti { $receipt } ya bili { $reference } ({ $customer }, { $billAmount }): subiri jibu hilo.
receipt-checks-not-received =
    ❔ Risiti { $receipt } haijafika kwenye mfumo: bado hakuna uthibitisho kutoka M-Pesa. Hakuna pesa iliyoingizwa.
    Bila vitambulisho vya Transaction Status (MPESA_INITIATOR_NAME, MPESA_SECURITY_CREDENTIAL) bot inaweza kuangalia tu kile M-Pesa ilichotuma: jaribu tena baada ya dakika moja, au chukua malipo kwa njia nyingine.
receipt-checks-not-found = ❌ M-Pesa haitambui risiti { $receipt }. Hakuna pesa iliyoingizwa. Hakiki code kwenye SMS ya mteja.
receipt-checks-paid-to-another-business = ❌ Risiti { $receipt } ni pesa zilizolipwa kwa biashara nyingine, si kwa biashara hii. Hakuna pesa iliyoingizwa.
receipt-checks-not-completed = ❌ Risiti { $receipt } si malipo yaliyokamilika. Hakuna pesa iliyoingizwa.
receipt-checks-no-answer = ⌛ M-Pesa haikujibu kuhusu risiti { $receipt }: jaribu tena baada ya dakika moja.
# $error: kwa nini M-Pesa haikuweza kuulizwa (sentensi ya kosa ya sehemu ya mpesa).
receipt-checks-could-not-ask = ❌ Imeshindwa kuuliza M-Pesa kuhusu risiti { $receipt }: { $error }



## language

language-name = Kiswahili
language-command = Chagua lugha ya bot
language-ask = Nikuandikie kwa lugha gani? Arifa zako na orodha ya amri zitafuata lugha hiyo.
language-chosen = Kuanzia sasa nitakuandikia kwa Kiswahili.

